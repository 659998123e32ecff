import { logger } from "../common/observability/logger";
import type { DataSource } from "typeorm";
import { BACKGROUND_STATEMENT } from "../common/db/query-counter";
import { versionInForce } from "../referentials/rules/in-force";

export interface PublishedVersion {
  id: number;
  certificationCode: string;
  version: string;
  status: "PUBLISHED";
  effectiveFrom: string;
}

export interface PublishedContextualisation {
  id: number;
  instanceId: number;
  contextCode: string;
  certificationCode: string;
  baseVersionId: number;
  status: "PUBLISHED";
}

interface Row {
  kind: "V" | "C";
  id: number;
  certificationCode: string;
  label: string | null;
  effectiveFrom: string | null;
  contextCode: string | null;
  instanceId: number | null;
  baseVersionId: number | null;
}

const PUBLISHED_ROWS = `${BACKGROUND_STATEMENT} SELECT 'V' AS kind, v.id, v.certification_code AS certificationCode, v.version AS label,
    DATE_FORMAT(v.effective_from, '%Y-%m-%d') AS effectiveFrom, NULL AS contextCode, NULL AS instanceId, NULL AS baseVersionId
  FROM referential_version v WHERE v.status = 'PUBLISHED'
  UNION ALL
  SELECT 'C', c.id, c.certification_code, NULL, NULL, i.code, c.instance_id, c.base_version_id
  FROM contextualisation c JOIN instance i ON i.id = c.instance_id WHERE c.status = 'PUBLISHED'`;

/** What is published at one moment: immutable, so a request reads one consistent picture. */
export class PublicationSnapshot {
  private readonly versionsByCertification = new Map<string, PublishedVersion[]>();
  private readonly versionsById = new Map<number, PublishedVersion>();
  private readonly contextualisations = new Map<string, PublishedContextualisation>();
  /** Equal signatures, equal content: the index keeps its snapshot when a refresh finds nothing new. */
  readonly signature: string;

  constructor(versions: PublishedVersion[], contextualisations: PublishedContextualisation[]) {
    for (const version of versions) {
      this.versionsById.set(version.id, version);
      const list = this.versionsByCertification.get(version.certificationCode) ?? [];
      list.push(version);
      this.versionsByCertification.set(version.certificationCode, list);
    }
    for (const published of contextualisations) this.contextualisations.set(contextKey(published.certificationCode, published.contextCode), published);
    this.signature = [...versions.map((v) => `v${v.id}@${v.effectiveFrom}`), ...contextualisations.map((c) => `c${c.id}`)].sort().join(",");
  }

  /** REF-3: the published version in force on `today` (a fact given by the caller's clock). */
  versionInForce(certificationCode: string, today: string): PublishedVersion | undefined {
    return versionInForce(this.versionsByCertification.get(certificationCode) ?? [], today);
  }

  publishedVersion(certificationCode: string, version: string): PublishedVersion | undefined {
    return this.versionsByCertification.get(certificationCode)?.find((candidate) => candidate.version === version);
  }

  versionById(id: number): PublishedVersion | undefined {
    return this.versionsById.get(id);
  }

  contextualisation(certificationCode: string, contextCode: string): PublishedContextualisation | undefined {
    return this.contextualisations.get(contextKey(certificationCode, contextCode));
  }
}

const contextKey = (certificationCode: string, contextCode: string) => `${certificationCode}\u0000${contextCode}`;

export const DEFAULT_REFRESH_MS = 500;

/**
 * Which referential versions and contextualisations are published, held in memory so that public reads resolve
 * what is in force without SQL. The process that publishes refreshes before it answers; every process also
 * refreshes on a timer, so a publication made by another process is seen within `refreshMs` plus one query.
 */
export class PublicationIndex {
  private snapshot = new PublicationSnapshot([], []);
  private started = 0;
  private applied = 0;
  private timer: NodeJS.Timeout | undefined;
  private loaded = false;

  constructor(
    private readonly db: DataSource,
    readonly refreshMs: number = DEFAULT_REFRESH_MS,
  ) {}

  /** Nothing is known before the first refresh: callers then read the database as they would without the index. */
  get ready(): boolean {
    return this.loaded;
  }

  current(): PublicationSnapshot {
    return this.snapshot;
  }

  async start(): Promise<void> {
    await this.refresh();
    let failing = false;
    this.timer = setInterval(() => {
      this.refresh(true).then(
        () => {
          if (failing) logger.info("publication index: the database answers again");
          failing = false;
        },
        (error) => {
          // Said once per outage; the last snapshot keeps serving meanwhile.
          if (!failing) logger.warn({ err: error }, "publication index: refresh failed, serving what was last read");
          failing = true;
        },
      );
    }, this.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Reads what is published now; a refresh that started earlier never overwrites a later one. */
  async refresh(background = false): Promise<PublicationSnapshot> {
    const sequence = ++this.started;
    const sql = background ? PUBLISHED_ROWS : PUBLISHED_ROWS.slice(BACKGROUND_STATEMENT.length + 1);
    const rows: Row[] = await this.db.query(sql);
    if (sequence > this.applied) {
      this.applied = sequence;
      const next = toSnapshot(rows);
      if (next.signature !== this.snapshot.signature) this.snapshot = next;
      this.loaded = true;
    }
    return this.snapshot;
  }
}

function toSnapshot(rows: Row[]): PublicationSnapshot {
  const versions: PublishedVersion[] = [];
  const contextualisations: PublishedContextualisation[] = [];
  for (const row of rows) {
    const id = Number(row.id);
    if (row.kind === "V") {
      versions.push({ id, certificationCode: row.certificationCode, version: row.label!, status: "PUBLISHED", effectiveFrom: row.effectiveFrom! });
    } else {
      contextualisations.push({
        id,
        instanceId: Number(row.instanceId),
        contextCode: row.contextCode!,
        certificationCode: row.certificationCode,
        baseVersionId: Number(row.baseVersionId),
        status: "PUBLISHED",
      });
    }
  }
  versions.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.id - b.id));
  return new PublicationSnapshot(versions, contextualisations);
}
