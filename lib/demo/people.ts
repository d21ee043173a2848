/**
 * Demo customers and staff for the "Lumen & Co." workspace.
 */

export type DemoLanguage = "en" | "es" | "fr" | "de";

export const demoCustomerNames: { name: string; language: DemoLanguage }[] = [
  // English (42)
  { name: "Emily Carter", language: "en" },
  { name: "James Whitfield", language: "en" },
  { name: "Olivia Bennett", language: "en" },
  { name: "Marcus Johnson", language: "en" },
  { name: "Hannah O'Connor", language: "en" },
  { name: "Daniel Kim", language: "en" },
  { name: "Sophie Turner", language: "en" },
  { name: "Ryan Patel", language: "en" },
  { name: "Grace Liu", language: "en" },
  { name: "Nathan Brooks", language: "en" },
  { name: "Chloe Adams", language: "en" },
  { name: "Tyler Morrison", language: "en" },
  { name: "Aisha Okafor", language: "en" },
  { name: "Ben Fletcher", language: "en" },
  { name: "Megan Sullivan", language: "en" },
  { name: "Kevin Nguyen", language: "en" },
  { name: "Rachel Goldberg", language: "en" },
  { name: "Jordan Hayes", language: "en" },
  { name: "Lauren Mitchell", language: "en" },
  { name: "Andre Washington", language: "en" },
  { name: "Katie Donovan", language: "en" },
  { name: "Samuel Reid", language: "en" },
  { name: "Priya Sharma", language: "en" },
  { name: "Connor MacLeod", language: "en" },
  { name: "Jessica Alvarez", language: "en" },
  { name: "Ethan Caldwell", language: "en" },
  { name: "Natalie Brennan", language: "en" },
  { name: "Omar Haddad", language: "en" },
  { name: "Abigail Foster", language: "en" },
  { name: "Liam Gallagher", language: "en" },
  { name: "Zoe Thompson", language: "en" },
  { name: "Isaac Levine", language: "en" },
  { name: "Madison Clarke", language: "en" },
  { name: "Tom Harrington", language: "en" },
  { name: "Naomi Walsh", language: "en" },
  { name: "Derek Chang", language: "en" },
  { name: "Fiona Campbell", language: "en" },
  { name: "Victor Osei", language: "en" },
  { name: "Amelia Ross", language: "en" },
  { name: "Caleb Nguyen-Baker", language: "en" },
  { name: "Brianna Lewis", language: "en" },
  { name: "Scott Reynolds", language: "en" },

  // Spanish (6)
  { name: "Lucía Fernández", language: "es" },
  { name: "Javier Morales", language: "es" },
  { name: "Carmen Ruiz", language: "es" },
  { name: "Diego Navarro", language: "es" },
  { name: "Valentina Ortiz", language: "es" },
  { name: "Alejandro Castillo", language: "es" },

  // French (6)
  { name: "Camille Lefèvre", language: "fr" },
  { name: "Julien Moreau", language: "fr" },
  { name: "Élodie Garnier", language: "fr" },
  { name: "Mathieu Roussel", language: "fr" },
  { name: "Amélie Fournier", language: "fr" },
  { name: "Antoine Girard", language: "fr" },

  // German (6)
  { name: "Lena Hoffmann", language: "de" },
  { name: "Jonas Becker", language: "de" },
  { name: "Katharina Schäfer", language: "de" },
  { name: "Felix Wagner", language: "de" },
  { name: "Sabine Krüger", language: "de" },
  { name: "Tobias Zimmermann", language: "de" },
];

export type DemoStaffRole = "admin" | "supervisor" | "agent";
export type DemoStaffSkill = "billing" | "technical" | "orders" | "vip" | "account" | "returns";
export type DemoSeniority = "junior" | "senior" | "lead";

export interface DemoStaffMember {
  name: string;
  email: string;
  role: DemoStaffRole;
  skills: DemoStaffSkill[];
  /** ISO 639-1 language codes. */
  languages: string[];
  seniority: DemoSeniority;
  maxConcurrentChats: number;
}

export const demoStaff: DemoStaffMember[] = [
  {
    name: "Alex Morgan",
    email: "admin@lumen.example",
    role: "admin",
    skills: ["billing", "technical", "orders", "vip", "account", "returns"],
    languages: ["en"],
    seniority: "lead",
    maxConcurrentChats: 2,
  },
  {
    name: "Priya Raman",
    email: "supervisor@lumen.example",
    role: "supervisor",
    skills: ["orders", "returns", "billing", "account"],
    languages: ["en", "hi"],
    seniority: "lead",
    maxConcurrentChats: 3,
  },
  {
    name: "Maya Ortega",
    email: "maya@lumen.example",
    role: "agent",
    skills: ["billing", "account"],
    languages: ["en", "es"],
    seniority: "senior",
    maxConcurrentChats: 4,
  },
  {
    name: "Lukas Brandt",
    email: "lukas@lumen.example",
    role: "agent",
    skills: ["technical", "account"],
    languages: ["en", "de"],
    seniority: "senior",
    maxConcurrentChats: 3,
  },
  {
    name: "Camille Dubois",
    email: "camille@lumen.example",
    role: "agent",
    skills: ["orders", "returns"],
    languages: ["en", "fr"],
    seniority: "junior",
    maxConcurrentChats: 4,
  },
  {
    name: "Sofia Reyes",
    email: "sofia@lumen.example",
    role: "agent",
    skills: ["vip", "billing", "orders"],
    languages: ["en", "es"],
    seniority: "senior",
    maxConcurrentChats: 3,
  },
];

export const demoPasswords: Record<DemoStaffRole, string> = {
  admin: "admin-demo-2026",
  supervisor: "supervisor-demo-2026",
  agent: "agent-demo-2026",
};

/** The demo passwords are printed in the README, so no production account may sign in with one. */
export function isPublishedDemoPassword(password: string): boolean {
  return Object.values(demoPasswords).includes(password);
}
