/**
 * Areas of knowledge. A question carries one area id; a format's blueprint says how many
 * questions of each area a form draws. Custom formats and banks may use ids not listed here:
 * they are shown by id.
 */
export type AreaId = string;

export interface Area {
  readonly id: AreaId;
  readonly label: string;
}

export const AREAS: readonly Area[] = [
  { id: 'surgery-integumentary', label: 'Surgery 10000 series: integumentary' },
  { id: 'surgery-musculoskeletal', label: 'Surgery 20000 series: musculoskeletal' },
  {
    id: 'surgery-respiratory-cardiovascular',
    label: 'Surgery 30000 series: respiratory, cardiovascular, hemic/lymphatic, mediastinum',
  },
  { id: 'surgery-digestive', label: 'Surgery 40000 series: digestive' },
  { id: 'surgery-urinary-genital', label: 'Surgery 50000 series: urinary, genital, maternity' },
  { id: 'surgery-nervous-sensory', label: 'Surgery 60000 series: endocrine, nervous, eye, ear' },
  { id: 'evaluation-management', label: 'Evaluation and management' },
  { id: 'anesthesia', label: 'Anesthesia' },
  { id: 'radiology', label: 'Radiology' },
  { id: 'pathology-laboratory', label: 'Pathology and laboratory' },
  { id: 'medicine', label: 'Medicine' },
  { id: 'medical-terminology', label: 'Medical terminology' },
  { id: 'anatomy', label: 'Anatomy' },
  { id: 'icd-10-cm', label: 'ICD-10-CM' },
  { id: 'hcpcs', label: 'HCPCS Level II' },
  { id: 'coding-guidelines', label: 'Coding guidelines' },
  { id: 'compliance', label: 'Compliance and regulatory' },
  { id: 'icd-10-pcs', label: 'ICD-10-PCS' },
  { id: 'inpatient-guidelines', label: 'Inpatient guidelines (UHDDS, POA)' },
  { id: 'inpatient-payment', label: 'Inpatient payment (MS-DRG, IPPS)' },
  { id: 'billing-reimbursement', label: 'Billing and reimbursement' },
  { id: 'inpatient-case', label: 'Inpatient coding cases' },
];

const labels = new Map(AREAS.map((a) => [a.id, a.label]));

export function areaLabel(id: AreaId): string {
  return labels.get(id) ?? id;
}
