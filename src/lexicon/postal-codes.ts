// Postal code layouts per country, "#" standing for a digit, in the form the national post uses.

export const POSTAL_LAYOUTS: Record<string, string> = {
  SE: '### ##',
  CZ: '### ##',
  SK: '### ##',
  GR: '### ##',
  PL: '##-###',
  PT: '####-###',
  FI: '#####',
  DE: '#####',
  FR: '#####',
  ES: '#####',
  IT: '#####',
  US: '#####',
  NO: '####',
  DK: '####',
  CH: '####',
  AT: '####',
  BE: '####',
};
