import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** An Instance's application campaign, with its deciding meetings. */
@Entity("campaign")
export class CampaignEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  instanceId: number;

  @Column({ type: "varchar", length: 40 })
  certificationCode: string;

  @Column({ type: "varchar", length: 200 })
  name: string;

  @Column({ type: "date" })
  opensOn: string;

  @Column({ type: "date" })
  closesOn: string;

  /** A CPNE's own calendar: working days after a meeting within which its decisions are notified. */
  @Column({ type: "int", nullable: true })
  notificationWorkingDays: number | null;
}

@Entity("meeting")
export class MeetingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  campaignId: number;

  @Column({ type: "date" })
  meetsOn: string;
}

/** A CPNE's own habilitation criterion, added to those of section II. */
@Entity("instance_criterion")
export class InstanceCriterionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  instanceId: number;

  @Column({ type: "varchar", length: 40 })
  code: string;

  @Column({ type: "varchar", length: 500 })
  label: string;
}
