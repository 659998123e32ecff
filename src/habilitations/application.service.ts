import type { DataSource } from "typeorm";

export class ApplicationService {
  constructor(private readonly db: DataSource) {}
}
