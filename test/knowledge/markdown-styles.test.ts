// Markdown CVs written in styles other than the bundled one: bold-line jobs with ISO dates (Alice), and
// "## Employment" / "### Company" / role on its own line (Bob). Both folders double as KNOWLEDGE_DIRs.
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { Resume } from "../../src/knowledge/model.js";

const periods = (r: Resume) => r.experience.map((j) => [j.employer, j.role, j.start, j.end]);
const job = (r: Resume, id: string) => {
  const found = r.experience.find((j) => j.id === id);
  if (!found) throw new Error(`no job ${id}`);
  return found;
};

describe("cv-alice: bold-line jobs, ISO dates, skill categories, a Languages section", () => {
  const r = loadKnowledge("test/fixtures/cv-alice").resume;

  it("reads the header: name, headline, place and contacts", () => {
    expect(r.person).toEqual({
      name: "Alice Novak",
      headline: "Backend Engineer",
      location: "Prague, Czech Republic",
      contacts: [
        { kind: "email", value: "alice.novak@example.com", url: "mailto:alice.novak@example.com" },
        { kind: "github", value: "github.com/alice-novak-dev", url: "https://github.com/alice-novak-dev" },
        { kind: "linkedin", value: "linkedin.com/in/alice-novak-example", url: "https://www.linkedin.com/in/alice-novak-example" },
      ],
    });
    expect(r.summary).toHaveLength(1);
    expect(r.summary[0]).toMatch(/^Backend engineer with eight years/);
  });

  it("reads every job with its dates, the current one open-ended", () => {
    expect(periods(r)).toEqual([
      ["Parcelwise", "Senior Backend Engineer", { year: 2021, month: 6 }, null],
      ["Coinbridge s.r.o.", "Backend Engineer", { year: 2018, month: 2 }, { year: 2021, month: 5 }],
      ["Tramline Labs", "Junior Developer", { year: 2016, month: 9 }, { year: 2018, month: 1 }],
    ]);
    expect(r.experience.map((j) => j.location)).toEqual(["Prague", "Brno", "Brno"]);
    expect(job(r, "coinbridge-s-r-o").about).toBe("Coinbridge is a payments gateway for Central European banks.");
  });

  it("finds each job's technologies, from its text and its 'Stack:' bullet", () => {
    expect(job(r, "parcelwise").technologies).toEqual(["Go", "PostgreSQL", "Kafka"]);
    expect(job(r, "coinbridge-s-r-o").technologies).toEqual(["Python", "Django", "PostgreSQL", "Redis", "Docker", "Celery", "RabbitMQ"]);
    expect(job(r, "tramline-labs").technologies).toEqual(["PHP", "MySQL"]);
  });

  it("reads education, skills and languages", () => {
    expect(r.education).toEqual([
      {
        institution: "Brno University of Technology",
        degree: "MSc",
        field: "Computer Science",
        start: { year: 2014 },
        end: { year: 2016 },
        details: [],
      },
    ]);
    expect(r.skills).toEqual([
      { name: "Programming", items: ["Go", "Python", "SQL"] },
      { name: "Data", items: ["PostgreSQL", "Kafka", "Redis"] },
      { name: "Infrastructure", items: ["Docker", "Kubernetes", "Terraform"] },
    ]);
    expect(r.languages).toEqual([
      { name: "Czech", fluency: "native" },
      { name: "English", fluency: "C1" },
      { name: "German", fluency: "B2" },
    ]);
    expect(r.extras).toEqual([]);
  });
});

describe("cv-bob: ## Employment, ### Company, role on its own line, a setext title", () => {
  const r = loadKnowledge("test/fixtures/cv-bob").resume;

  it("reads the header: name, headline, place, e-mail, phone and website", () => {
    expect(r.person.name).toBe("Bob Okafor");
    expect(r.person.headline).toBe("Site Reliability Engineer");
    expect(r.person.location).toBe("Lagos, Nigeria");
    expect(r.person.contacts.map((c) => [c.kind, c.value, c.url])).toEqual([
      ["email", "bob.okafor@example.net", "mailto:bob.okafor@example.net"],
      ["phone", "+234 803 555 0199", "tel:+2348035550199"],
      ["website", "bob-okafor.example.net", "https://bob-okafor.example.net"],
    ]);
    expect(r.summary).toEqual(["SRE who likes boring, observable systems and short incident reviews."]);
  });

  it("reads every job: employer from the heading, role from the line under it, 'Sept 2019 – Present'", () => {
    expect(periods(r)).toEqual([
      ["Kestrel Payments", "Lead Site Reliability Engineer", { year: 2019, month: 9 }, null],
      ["Sunbird Logistics", "Systems Administrator", { year: 2015, month: 1 }, { year: 2019, month: 8 }],
      ["Freelance", "Web Developer", { year: 2012 }, { year: 2014 }],
    ]);
    expect(r.experience.map((j) => j.location)).toEqual(["Remote", "Lagos", undefined]);
    expect(job(r, "freelance").details).toEqual(["Built small business websites in PHP and WordPress."]);
  });

  it("finds each job's technologies", () => {
    expect(job(r, "kestrel-payments").technologies).toEqual(["Kubernetes", "AWS", "Prometheus", "Grafana"]);
    expect(job(r, "sunbird-logistics").technologies).toEqual(["Ansible", "Terraform", "Nagios", "Prometheus"]);
    expect(job(r, "freelance").technologies).toContain("PHP");
  });

  it("reads education, skill lines, languages, and keeps Publications as a searchable extra", () => {
    expect(r.education).toEqual([
      {
        institution: "University of Lagos",
        degree: "B.Sc.",
        field: "Electrical Engineering",
        start: { year: 2008 },
        end: { year: 2012 },
        details: [],
      },
    ]);
    expect(r.skills).toEqual([
      { name: "Cloud", items: ["AWS", "Kubernetes", "Terraform"] },
      { name: "Observability", items: ["Prometheus", "Grafana", "Loki"] },
    ]);
    expect(r.languages).toEqual([
      { name: "English", fluency: "fluent" },
      { name: "Yoruba", fluency: "native" },
      { name: "French", fluency: "basic" },
    ]);
    expect(r.extras).toEqual([
      {
        id: "publications",
        title: "Publications",
        items: [
          '"Paging less: SLOs for small teams", SREcon Africa, 2022',
          '"Terraform at a payments startup", DevOps Lagos blog, 2020',
        ],
      },
    ]);
  });
});

describe("cv-carmen: capitals, #### jobs in three header styles, dotted dates, bold skill labels", () => {
  const r = loadKnowledge("test/fixtures/cv-carmen").resume;

  it("reads the header from one '|' line, and writes a name in capitals readably", () => {
    expect(r.person.name).toBe("Carmen Duarte");
    expect(r.person.headline).toBe("Product Designer");
    expect(r.person.location).toBe("Lisbon, Portugal");
    expect(r.person.contacts.map((c) => [c.kind, c.value])).toEqual([
      ["email", "carmen.duarte@example.pt"],
      ["linkedin", "linkedin.com/in/carmen-duarte-example"],
    ]);
  });

  it("reads 'Company' + bold role line, 'Role — Company', 'Role | Company | dates' and 'Role, Company (dates)'", () => {
    expect(r.experience.map((j) => [j.id, j.employer, j.role, j.start, j.end])).toEqual([
      ["brisa-labs", "Brisa Labs", "Lead Product Designer", { year: 2021, month: 3 }, null],
      ["ondas-health", "Ondas Health", "Senior Product Designer", { year: 2017, month: 1 }, { year: 2021, month: 2 }],
      ["mareta-software-2014", "Mareta Software", "Product Designer", { year: 2014, month: 9 }, { year: 2016, month: 12 }],
      ["mareta-software-2013", "Mareta Software", "UX Intern", { year: 2013, month: 6 }, { year: 2014, month: 8 }],
    ]);
    expect(job(r, "brisa-labs").about).toBe("Brisa Labs builds scheduling software for physiotherapy clinics.");
    expect(job(r, "ondas-health").location).toBe("Lisbon");
    expect(job(r, "ondas-health").technologies).toEqual(["Figma", "Sketch", "Jira"]);
  });

  it("reads 'Degree, School, year' list items, bold 'Label:' skill lines and spoken languages among the skills", () => {
    expect(r.education).toEqual([
      { institution: "Lisbon School of Design", degree: "MA", field: "Interaction Design", end: { year: 2013 }, details: [] },
      { institution: "University of Porto", degree: "BA", field: "Communication Design", start: { year: 2008 }, end: { year: 2012 }, details: [] },
    ]);
    expect(r.skills).toEqual([
      { name: "Design", items: ["Figma", "Sketch", "Adobe XD"] },
      { name: "Research", items: ["usability testing", "interviews", "surveys"] },
    ]);
    expect(r.languages).toEqual([
      { name: "Portuguese", fluency: "native" },
      { name: "English", fluency: "C2" },
      { name: "Spanish", fluency: "B1" },
    ]);
  });

  it("keeps certifications and volunteering as extras, not as education or jobs", () => {
    expect(r.extras).toEqual([
      { id: "certifications", title: "CERTIFICATIONS", items: ["Nielsen Norman Group UX Certificate, 2019"] },
      { id: "volunteer-experience", title: "VOLUNTEER EXPERIENCE", items: ["Mentor at Code for Portugal, 2018 – present"] },
    ]);
  });
});

describe("cv-eva: a compact Experience section — jobs as dated bullets and dated lines", () => {
  const r = loadKnowledge("test/fixtures/cv-eva").resume;

  it("splits 'Headline — City, Country' and reads the contact line", () => {
    expect(r.person).toMatchObject({ name: "Eva Lindqvist", headline: "Mobile Backend Developer", location: "Stockholm, Sweden" });
    expect(r.person.contacts.map((c) => [c.kind, c.value])).toEqual([
      ["email", "eva.lindqvist@example.se"],
      ["website", "gitlab.com/eva-lindqvist-example"],
    ]);
    expect(r.summary).toEqual(["Backend developer for mobile apps; likes typed languages and fast test suites."]);
  });

  it("reads each dated bullet or line as a job, and what follows as its text", () => {
    expect(r.experience.map((j) => [j.employer, j.role, j.location ?? null, j.start, j.end, j.details])).toEqual([
      ["Acme Corp", "Senior Developer", null, { year: 2020 }, null, ["Owns the payments API in Kotlin."]],
      ["Beta AB", "Developer", "Stockholm", { year: 2017 }, { year: 2019 }, ["Built the mobile backend in Node.js."]],
      ["Gamma Oy", "Junior Developer", null, { year: 2015 }, { year: 2017 }, ["Wrote internal tools in Python."]],
    ]);
    expect(r.experience.map((j) => j.technologies)).toEqual([["Kotlin"], ["Node.js"], ["Python"]]);
  });

  it("reads 'School, Degree Field, year', '·'-separated skills and ';'-separated languages", () => {
    expect(r.education).toEqual([
      { institution: "KTH Royal Institute of Technology", degree: "MSc", field: "Computer Science", end: { year: 2015 }, details: [] },
    ]);
    expect(r.skills).toEqual([{ name: "Technical skills", items: ["Kotlin", "Node.js", "Python", "PostgreSQL"] }]);
    expect(r.languages.map((l) => [l.name, l.fluency])).toEqual([
      ["Swedish", "native"],
      ["English", "fluent"],
      ["Finnish", "conversational"],
    ]);
  });
});

describe("cv-john: a word-processor export — no headings, bold capitalised section lines", () => {
  const r = loadKnowledge("test/fixtures/cv-john").resume;

  it("reads the name, headline and contacts (phone in brackets, a Telegram handle)", () => {
    expect(r.person.name).toBe("John Smith");
    expect(r.person.headline).toBe("Software Developer");
    expect(r.person.contacts.map((c) => [c.kind, c.value, c.url])).toEqual([
      ["email", "john.smith@example.com", "mailto:john.smith@example.com"],
      ["phone", "(555) 123-4567", "tel:5551234567"],
      ["telegram", "@johnsmith_dev", "https://t.me/johnsmith_dev"],
    ]);
  });

  it("reads the sections and the bold-led jobs", () => {
    expect(r.experience.map((j) => [j.employer, j.role, j.start, j.end, j.technologies])).toEqual([
      ["Acme Corp", "Senior Developer", { year: 2020, month: 1 }, null, ["Java", "Spring"]],
      ["Beta LLC", "Developer", { year: 2017 }, { year: 2019 }, ["Ruby on Rails"]],
    ]);
    expect(r.education).toEqual([
      { institution: "State University", degree: "B.S.", field: "Computer Science", end: { year: 2017 }, details: [] },
    ]);
    expect(r.skills).toEqual([{ name: "SKILLS", items: ["Java", "Spring", "SQL", "Ruby on Rails"] }]);
    expect(r.extras).toEqual([{ id: "interests", title: "INTERESTS", items: ["Chess, trail running"] }]);
  });
});

describe("cv-grace: a GitHub template — HTML, icons, a quoted headline, 'Since …', a skills table", () => {
  const r = loadKnowledge("test/fixtures/cv-grace").resume;

  it("reads through HTML comments, <div>s and icons", () => {
    expect(r.person).toEqual({
      name: "Grace Mwangi",
      headline: "Platform engineer building developer tools",
      location: "Nairobi, Kenya",
      contacts: [
        { kind: "email", value: "grace.mwangi@example.co.ke", url: "mailto:grace.mwangi@example.co.ke" },
        { kind: "github", value: "github.com/grace-mwangi-example", url: "https://github.com/grace-mwangi-example" },
      ],
    });
  });

  it("reads '### Company — Place' with '**Role** | Since …' and '**Role** | From … to …' under it", () => {
    expect(r.experience.map((j) => [j.employer, j.role, j.location, j.start, j.end])).toEqual([
      ["Savanna Cloud", "Staff Platform Engineer", "Nairobi, Kenya", { year: 2022, month: 3 }, null],
      ["Baobab Fintech", "Senior Backend Engineer", "Remote", { year: 2018 }, { year: 2022 }],
    ]);
    expect(r.experience[0]!.technologies).toContain("Kubernetes");
    expect(r.experience[1]!.technologies).toEqual(["Go", "PostgreSQL"]);
  });

  it("reads the education, the skills table, '·'-separated languages and an icon-titled extra", () => {
    expect(r.education).toEqual([
      { institution: "Strathmore University", degree: "BSc", field: "Informatics", start: { year: 2013 }, end: { year: 2017 }, details: [] },
    ]);
    expect(r.skills).toEqual([
      { name: "Cloud", items: ["Kubernetes", "Argo CD", "Terraform"] },
      { name: "Languages", items: ["Go", "TypeScript"] },
    ]);
    expect(r.languages).toEqual([
      { name: "English", fluency: "fluent" },
      { name: "Swahili", fluency: "native" },
    ]);
    expect(r.extras).toEqual([{ id: "awards", title: "Awards", items: ["Developer Community Award, 2021"] }]);
  });
});

describe("cv-ines: links everywhere, labelled header items, '--' dates, 'Technical Experience' as skills", () => {
  const r = loadKnowledge("test/fixtures/cv-ines").resume;

  it("takes the name from a linked title and contacts from link targets, mailto: included", () => {
    expect(r.person.name).toBe("Inês Carvalho");
    expect(r.person.headline).toBe("Builder | Teacher | Runner");
    expect(r.person.location).toBe("Porto, Portugal");
    expect(r.person.contacts.map((c) => [c.kind, c.value])).toEqual([
      ["website", "ines.example.dev"],
      ["github", "github.com/ines-carvalho-example"],
      ["email", "ines.carvalho@example.dev"],
      ["linkedin", "linkedin.com/in/ines-carvalho-example"],
      ["other", "Skype: ines.carvalho.example"],
    ]);
    expect(r.languages).toEqual([
      { name: "Portuguese", fluency: "native" },
      { name: "English", fluency: "fluent" },
    ]);
  });

  it("reads 'Role, Company | dates | Place' and a linked employer", () => {
    expect(r.experience.map((j) => [j.employer, j.role, j.location, j.url ?? null, j.start, j.end])).toEqual([
      ["Orbita", "Tech Lead", "Remote", null, { year: 2021, month: 6 }, null],
      ["Lumen Labs", "Developer", "Porto", "https://lumen.example.com", { year: 2014, month: 8 }, { year: 2021, month: 5 }],
    ]);
  });

  it("reads 'Technical Experience' as skills, keeping a sentence whole", () => {
    expect(r.skills).toEqual([
      { name: "Programming languages", items: ["Elixir - building services at Orbita. Phoenix and Ecto for the web layer.", "Ruby - eight years of Rails."] },
      { name: "Tools", items: ["Linux", "Docker", "PostgreSQL"] },
    ]);
  });
});

describe("cv-kofi: YAML front matter, images, '### Role' with 'Company, dates' under it", () => {
  const r = loadKnowledge("test/fixtures/cv-kofi").resume;

  it("takes the name and contacts from the front matter, and a three-part place", () => {
    expect(r.person).toEqual({
      name: "Kofi Mensah",
      location: "Accra, Greater Accra, Ghana",
      contacts: [
        { kind: "email", value: "kofi.mensah@example.com.gh", url: "mailto:kofi.mensah@example.com.gh" },
        { kind: "github", value: "github.com/kofi-mensah-example", url: "https://github.com/kofi-mensah-example" },
      ],
    });
  });

  it("reads two roles at one employer, the current one open-ended", () => {
    expect(r.experience.map((j) => [j.id, j.employer, j.role, j.start, j.end])).toEqual([
      ["volta-devices-2019", "Volta Devices", "Firmware Developer", { year: 2019 }, null],
      ["volta-devices-2018", "Volta Devices", "Intern", { year: 2018, month: 6 }, { year: 2018, month: 8 }],
    ]);
    expect(r.experience[0]!.technologies).toContain("C");
  });

  it("reads an image-led bold school line, and 'Licenses & Certifications' as an extra", () => {
    expect(r.education).toEqual([
      {
        institution: "Kwame Nkrumah University of Science and Technology",
        degree: "BSc",
        field: "Computer Engineering",
        start: { year: 2015, month: 9 },
        end: { year: 2019, month: 6 },
        details: [],
      },
    ]);
    expect(r.extras).toEqual([
      { id: "licenses-certifications", title: "Licenses & Certifications", items: ["AWS Certified Cloud Practitioner, 2022"] },
    ]);
  });
});

describe("cv-lena: the markdown-resume template — <span> headings, an <e-mail> list, wrapped summary", () => {
  const r = loadKnowledge("test/fixtures/cv-lena").resume;

  it("reads the contact list and keeps the wrapped summary whole", () => {
    expect(r.person).toEqual({
      name: "Lena Hoffmann",
      location: "Leipzig, Germany",
      contacts: [
        { kind: "email", value: "lena.hoffmann@example.de", url: "mailto:lena.hoffmann@example.de" },
        { kind: "phone", value: "+49 (0) 30 5555 0142", url: "tel:+493055550142" },
      ],
    });
    expect(r.summary).toEqual([
      "Search engineer who tunes relevance for online shops, and explains ranking to people who sell things rather than build them.",
    ]);
  });

  it("reads '<span>Role, Company</span>' with '<span>dates</span>' under it, 'Oct, 2017' and 'Main technologies:'", () => {
    expect(r.experience.map((j) => [j.employer, j.role, j.start, j.end, j.technologies])).toEqual([
      ["Kaufnah GmbH", "Search Engineer", { year: 2020, month: 11 }, null, ["Elasticsearch", "Kotlin", "Kafka"]],
      ["Elbflorenz Software", "Backend Developer", { year: 2017, month: 10 }, { year: 2020, month: 10 }, ["Java", "Spring"]],
    ]);
  });

  it("reads the school heading with its dates, the degree bullet and the languages", () => {
    expect(r.education).toEqual([
      {
        institution: "Leipzig University",
        degree: "M.Sc.",
        field: "Computer Science",
        start: { year: 2012 },
        end: { year: 2017 },
        details: ["Thesis on learning to rank"],
      },
    ]);
    expect(r.languages).toEqual([
      { name: "German", fluency: "native" },
      { name: "English", fluency: "C1" },
    ]);
  });
});
