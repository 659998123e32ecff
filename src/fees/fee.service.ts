import type { DataSource } from "typeorm";

export class FeeService {
  constructor(private readonly db: DataSource) {}
}
