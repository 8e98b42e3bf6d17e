export interface Asst {
  id: string;
  name: string;
}

export interface Distretto {
  id: string;
  number: number;
  name: string;
  asst: Asst;
}

export interface Comune {
  id: string;
  name: string;
  probableOfficialName: string | null;
}

export interface AmbitoSummary {
  id: string;
  name: string;
  comuniCount: number;
  fnpsQuotaPerYearCents: number;
  distretto: Distretto;
}

export interface AmbitoDetail extends AmbitoSummary {
  aliases: string[];
  comuni: Comune[];
}

export interface Territory {
  province: string;
  ambitiCount: number;
  comuniListed: number;
  comuniOfficial: number;
  fnpsQuotaSumCents: number;
  fnpsStatedTotalCents: number;
  fnpsDifferenceCents: number;
  fnpsNote: string;
}
