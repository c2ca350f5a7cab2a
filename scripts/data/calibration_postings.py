"""Source of datasets/calibration.csv: postings that look like real feeds, used only to choose
how role mentions are weighed against the embedding and when a posting is `other`
(scripts/research/calibrate.py). It differs from test.csv where test.csv is too easy:
- role postings usually name the role hired for in their own text, in the ways employers do
  ("We are hiring a Senior SRE", "As our Platform Engineer you will...", "Platform Engineer
  (m/f/d)"), and 20% do not name it at all;
- postings also name other roles: neighbour teams, culture words ("a DevOps mindset"), tools
  ("Azure DevOps") and past experience ("3+ years in a DevOps or SRE role");
- `other` postings include neighbouring technical jobs (cloud, systems, network, backend,
  data, security, database administration), many of which mention DevOps practices;
- role postings are mostly the duties all three share (cloud, Kubernetes, Terraform, scripting,
  monitoring) with up to three of the role's own. No `other` posting is a cloud or
  infrastructure job made of those shared duties alone: the articles give that work to the three
  roles and only the title tells such a job apart, so the set has none;
- role postings speak of their own role in passing half the time (their team, its practices);
- padding: company history, long benefit lists and equal-opportunity text;
- half the postings are flattened to one line, as scraped feeds often are.
Duties and requirements of the three roles and of the non-technical jobs come from the pools of
scripts/data/test_postings.py; everything else is written here. Seeded: the same file each run.
Run: python3 scripts/data/calibration_postings.py
"""
import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from test_postings import BENEFITS, COMPANIES, HOW_WE_WORK, ROLES, SENIORITY, write_postings  # noqa: E402

TITLES = {
    "devops": ["DevOps Engineer", "DevOps Engineer", "Senior DevOps Engineer", "DevOps Specialist", "Cloud DevOps Engineer", "DevOps Lead"],
    "sre": ["Site Reliability Engineer", "Site Reliability Engineer", "SRE", "Senior SRE", "Site Reliability Engineering Manager", "Production SRE"],
    "platform": ["Platform Engineer", "Platform Engineer", "Senior Platform Engineer", "Platform Engineering Lead", "Cloud Platform Engineer", "Staff Platform Engineer"],
}

# How postings name the role they hire for; {t} is the title.
OPENERS = [
    "We are hiring a {t} to join our infrastructure group.",
    "As our {t}, you will play a key part in the next stage of our growth.",
    "{t} (m/f/d), full time, remote or hybrid.",
    "The {t} will report to the Director of Engineering.",
    "We're looking for an experienced {t} who wants real ownership.",
    "Job title: {t}. Location: remote within the EU.",
    "Join us as a {t} and help shape how we build and run software.",
    "About the role: the {t} works across several product teams.",
]
CLOSERS = [
    "If this sounds like you, apply for the {t} position today.",
    "Our {t} role is open to candidates anywhere in the country.",
]

# Mentions of the three roles that do not name the job being filled.
CULTURE = {
    "devops": ["We have a strong DevOps culture: teams build and run what they ship.",
               "Familiarity with DevOps practices and agile ways of working.",
               "Experience with Azure DevOps boards and repos is a plus.",
               "You embody a DevOps mindset of shared ownership."],
    "sre": ["Exposure to SRE principles such as error budgets is welcome.",
            "Our site reliability team sets the standards for production readiness."],
    "platform": ["Our platform engineering group provides the clusters you deploy to.",
                 "You will use the self-service tools built by platform engineering."],
}
# How a role posting speaks of its own role without naming it as the job: the team the hire
# joins or works in, the practices the job follows. (Without them role postings would name only
# *other* roles in passing, so a passing mention could only ever count against its role.)
OWN = {
    "devops": ["You will help spread DevOps practices to the product teams that are new to them.",
               "DevOps here means developers own their releases, and you give them the tooling to do it.",
               "The rest of the DevOps team reviews every pipeline change with you.",
               "You will join our DevOps team of five engineers.",
               "Tools: Azure DevOps, GitHub Actions and Argo CD."],
    "sre": ["You will apply SRE principles, with service level objectives and error budgets for every tier-one service.",
            "Our SRE team decides with product teams when a service is ready for production.",
            "The SRE rotation is shared by six engineers, one week in six.",
            "You will join our SRE team and take part in incident reviews.",
            "We are building an SRE practice from scratch."],
    "platform": ["Platform engineering at our company means treating the infrastructure as a product with internal customers.",
                 "The platform engineering team owns the developer portal and the service templates.",
                 "Our platform engineering roadmap is shaped by surveys of the developers who use it.",
                 "You will be part of the Platform Engineering team.",
                 "Experience with platform engineering tools such as Backstage or Crossplane is a plus."],
}
NEIGHBOUR = {
    "devops": ["You will work alongside our SRE team, who carry the pager for production.",
               "Our platform engineers provide the Kubernetes clusters; you make delivery onto them fast."],
    "sre": ["You will partner with the DevOps engineers who own our release pipelines.",
            "You will hold the internal platform built by our platform engineering team to reliability targets."],
    "platform": ["Your users are our developers, our DevOps engineers and the SRE team.",
                 "This is not an on-call SRE role: you build the platform others run on."],
    "other": ["Our DevOps team takes care of deployments, so you can focus on your domain.",
              "You will work closely with the SRE team during incidents."],
}
EXPERIENCE = {
    "devops": "3+ years of experience in a DevOps, SRE or infrastructure role.",
    "sre": "Background in a DevOps or systems administration role; we will teach you SRE practices.",
    "platform": "Previous experience as a DevOps Engineer or SRE is valuable.",
}

# Neighbouring technical jobs: `other`, but close to the three roles.
NEAR_OTHER = {
    "Cloud Solutions Architect": ["Design cloud architectures for customer migrations to Azure.", "Run workshops with client stakeholders and write proposals.", "Estimate costs and produce reference designs.", "Support the sales team in pre-sales conversations.", "Certification as an Azure or AWS architect.", "Experience presenting to executives."],
    "Systems Administrator": ["Administer Windows and Linux servers in our offices.", "Manage user accounts, Active Directory and email.", "Patch servers and workstations every month.", "Look after printers, laptops and the office network.", "Handle first- and second-line support tickets.", "Experience with VMware and Microsoft 365."],
    "Network Engineer": ["Design and operate our campus and data-center networks.", "Configure routers, switches and firewalls from Cisco and Juniper.", "Troubleshoot BGP and OSPF routing issues.", "Plan WAN capacity for our branch offices.", "CCNP certification or equivalent experience.", "Comfortable with packet captures and Wireshark."],
    "Backend Engineer": ["Build the services behind checkout, invoicing and customer accounts.", "Design APIs with product managers and frontend developers.", "Write clean, tested Java and Kotlin code.", "Own features from idea to release and measure their impact.", "Experience with relational databases and messaging.", "Familiarity with CI/CD and containers; our DevOps team runs the pipelines."],
    "Data Engineer": ["Build ingestion pipelines from our product databases into the warehouse.", "Model tables in dbt for finance and marketing analysts.", "Schedule and monitor jobs in Airflow.", "Improve data quality with automated checks.", "Strong SQL and Python.", "Experience with Spark, Kafka and Snowflake."],
    "Security Engineer": ["Run our vulnerability management programme.", "Review designs and code for security flaws.", "Lead the response to security incidents.", "Maintain our SOC 2 and ISO 27001 controls.", "Experience with SIEM and endpoint detection tools.", "Knowledge of cloud security on AWS."],
    "Database Administrator": ["Administer PostgreSQL and Oracle databases in production.", "Plan backups, restores and upgrades.", "Tune slow queries with developers.", "Manage database users and permissions.", "Experience with replication and high availability.", "Scripting in Bash or Python."],
    "QA Automation Engineer": ["Build automated UI and API test suites.", "Integrate tests into the build so every change is checked.", "Write test plans for new features.", "Track defects with developers until they are fixed.", "Experience with Selenium, Cypress or Playwright.", "Understanding of DevOps practices and continuous testing."],
}
# Duties every one of the three roles lists (the articles' commonalities: containers,
# Kubernetes, cloud, automation, infrastructure as code). Real postings are full of them, which
# is what makes the three hard to tell apart without the role's name.
SHARED = [
    "Manage our AWS accounts, VPCs and IAM policies.",
    "Write Terraform modules and review infrastructure changes from other engineers.",
    "Run and upgrade our Kubernetes clusters and the services deployed on them.",
    "Automate repetitive operational work with Python, Go or Bash scripts.",
    "Maintain Linux servers, base images and their configuration with Ansible.",
    "Set up monitoring and logging with Prometheus, Grafana and the ELK stack.",
    "Keep Docker images small, patched and reproducible.",
    "Troubleshoot networking, DNS and load-balancer problems across environments.",
    "Support developers with build, deployment and environment questions.",
    "Document infrastructure and share knowledge with the wider engineering team.",
    "Strong Linux fundamentals and scripting skills.",
    "Hands-on experience with AWS, Azure or GCP.",
    "Experience with Kubernetes, Helm and containers in production.",
    "Experience with infrastructure as code (Terraform, CloudFormation or Pulumi).",
    "Familiarity with CI tools such as Jenkins, GitLab CI or GitHub Actions.",
    "Good communication skills and a collaborative attitude.",
]
FAR_OTHER = ["Registered Nurse", "Account Executive", "Data Scientist", "Product Manager", "Frontend Developer", "Full Stack Developer"]

HISTORY = [
    "Founded in 1998 as a small consultancy, we have grown into a company of 2,000 people on three continents.",
    "Our mission is to make everyday services simpler for millions of people, and we measure ourselves by what our customers say.",
    "We were named one of the best places to work in our region for three years running.",
    "Our values: be curious, be kind, and own the outcome.",
    "Last year we opened offices in Lisbon and Toronto and welcomed our 100th customer.",
    "We believe diverse teams build better products, and we invest in mentoring, career paths and internal mobility.",
    "Our leadership team has built and sold two companies before and is backed by leading investors.",
    "Customers in retail, healthcare and finance rely on us every day, and many have been with us for over a decade.",
    "Sustainability matters to us: our offices run on renewable energy and we offset our business travel.",
    "We run regular hackathons, lunch-and-learn sessions and an annual company retreat.",
]
PERKS = [
    "Medical, dental and vision insurance for you and your dependants.",
    "401(k) plan with a company match.",
    "Generous paid time off plus company-wide holidays.",
    "Wellness stipend, gym membership and mental-health support.",
    "Latest laptop and a budget for your home office set-up.",
    "Conference attendance and certification costs covered.",
    "Paid parental leave and flexible schedules for caregivers.",
    "Free snacks, catered lunches and a dog-friendly office.",
]
LEGAL = [
    "We are an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
    "Applicants must be authorized to work in the country of the job. We do not accept unsolicited resumes from agencies.",
    "If you need a reasonable accommodation during the application process, please let our recruiting team know.",
]


def posting(rng, label, i):
    company, blurb = rng.choice(COMPANIES)
    body = ["About us:", blurb] + rng.sample(HISTORY, rng.randint(1, 4))
    if label == "other":
        # 60% neighbouring technical jobs, 40% unrelated ones. No cloud or infrastructure job made
        # only of the shared duties (tried and dropped): article 002 calls building and
        # running the cloud infrastructure that applications run on platform engineering, and
        # article 004 gives those duties to all three roles, so only the title (which jobclass
        # does not read) tells such a job from a role's; an unnamed role posting here could
        # differ from one by a requirement line or two.
        kind = rng.random()
        near = kind < 0.6
        if near:
            t = rng.choice(list(NEAR_OTHER))
            duties = rng.sample(NEAR_OTHER[t], len(NEAR_OTHER[t]))
        else:
            t = rng.choice(FAR_OTHER)
            duties = rng.sample(ROLES["other"]["per_title"][t], len(ROLES["other"]["per_title"][t]))
        title = rng.choice(SENIORITY[1:5]) + t
        body += [rng.choice(OPENERS).format(t=title), "Responsibilities:"] + duties
        # Technical jobs work beside DevOps and SRE teams; a nurse or an account executive
        # does not (so not every `other` posting may name them).
        if near and rng.random() < 0.4:
            body.append(rng.choice(NEIGHBOUR["other"]))
        if near and rng.random() < 0.3:
            body.append(rng.choice(CULTURE["devops"]))
    else:
        r = ROLES[label]
        title = rng.choice(TITLES[label])
        named = rng.random() < 0.8
        if named:
            body.append(rng.choice(OPENERS).format(t=title))
        # Mostly shared duties, with up to three that are the role's own.
        shared = rng.sample(SHARED, 10)
        body += ["Responsibilities:"] + rng.sample(r["duties"], rng.randint(0, 3)) + shared[:rng.randint(4, 6)]
        body += ["Requirements:"] + rng.sample(r["reqs"], rng.randint(1, 2)) + shared[6:6 + rng.randint(2, 4)]
        others = [x for x in CULTURE if x != label]
        if rng.random() < 0.5:
            body.append(rng.choice(CULTURE[rng.choice(others)]))
        if rng.random() < 0.5:
            body.insert(rng.randint(3, len(body)), rng.choice(OWN[label]))
        if rng.random() < 0.4:
            body.append(rng.choice(NEIGHBOUR[label]))
        if rng.random() < 0.3:
            body.append(EXPERIENCE[label])
        if named and rng.random() < 0.3:
            body.append(rng.choice(CLOSERS).format(t=title))
    body += rng.sample(HOW_WE_WORK, rng.randint(1, 4))
    body += rng.sample(BENEFITS, rng.randint(1, 3))
    body += ["What we offer:"] + rng.sample(PERKS, rng.randint(2, 6))
    body += rng.sample(LEGAL, rng.randint(0, 3))
    # Job boards and scrapers often strip the markup: half the postings come as one line.
    sep = " " if rng.random() < 0.5 else "\n"
    return {"id": f"c{label[:2]}{i:03d}", "title": f"{title} at {company}", "description": sep.join(body), "label": label}


def main():
    write_postings(20261125, [("devops", 60), ("sre", 50), ("platform", 40), ("other", 60)], posting, "calibration.csv")


if __name__ == "__main__":
    main()
