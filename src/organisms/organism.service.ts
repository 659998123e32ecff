import type { DataSource } from "typeorm";

export class OrganismService {
  constructor(private readonly db: DataSource) {}
}
