"""Source of datasets/test.csv: complete job postings assembled from hand-written pools of
sentences. The pools were written independently of datasets/examples.csv (no sentence is
shared; tests/it/data_files.rs checks). Deterministic: the same seed gives the same file.
Run: python3 scripts/data/test_postings.py
"""
import csv, os, random

COMPANIES = [
    ("Lumora", "Lumora is a twelve-person startup building scheduling software for dental clinics. We raised our seed round last spring and are growing fast."),
    ("Northwind Freight", "Northwind Freight moves two million parcels a week across Europe. Our engineering organisation of 400 people runs on AWS and a handful of on-premise data centers."),
    ("Kestrel Bank", "Kestrel Bank is a regulated retail bank serving 3 million customers. Technology is at the heart of our transformation programme."),
    ("Quillbyte", "Quillbyte makes collaborative writing tools used by 40,000 teams. We are a remote-first company spread over nine time zones."),
    ("Halden Health", "Halden Health builds patient-record systems for hospitals in Scandinavia. Our software must be available day and night."),
    ("Orbital Games", "Orbital Games publishes multiplayer mobile games played by 15 million people each month."),
    ("Cinder Analytics", "Cinder Analytics is a Series B company helping retailers forecast demand with machine learning, running entirely on Google Cloud."),
    ("Meridian Telecom", "Meridian Telecom is a national telecom operator modernising its IT estate and moving workloads to Azure."),
    ("Brightpath Learning", "Brightpath Learning runs an online education platform with courses for 2 million students."),
    ("Tessellate", "Tessellate is a fintech scale-up processing card payments for small merchants in 14 countries."),
    ("Arcadia Retail", "Arcadia Retail operates 600 stores and a fast-growing e-commerce business."),
    ("Vantage Mobility", "Vantage Mobility builds ride-sharing and micromobility software for city governments."),
    ("Pinecrest Insurance", "Pinecrest Insurance is a century-old insurer building a modern digital platform for claims and policies."),
    ("Solace Media", "Solace Media streams live sports and on-demand video to subscribers on every device."),
    ("Ferrite Labs", "Ferrite Labs develops IoT sensors and the cloud backend that collects their data from factories."),
]

SENIORITY = ["Junior ", "", "", "Senior ", "Senior ", "Staff ", "Lead ", "Principal "]

ROLES = {
    "devops": {
        "titles": ["DevOps Engineer", "DevOps Engineer (CI/CD)", "Cloud DevOps Engineer", "DevOps Engineer - AWS", "Build and Release Engineer (DevOps)", "DevOps Automation Engineer"],
        "intro": [
            "We are looking for a DevOps engineer to make shipping software here fast and uneventful.",
            "Our developers want to release more often, and we need someone to make that possible.",
            "You will join the team that owns how code travels from a laptop to our customers.",
            "This role sits between our product engineers and our operations staff, and its purpose is to remove the wall between them.",
            "We are hiring a DevOps engineer to automate our software delivery from end to end.",
        ],
        "duties": [
            "Design, build and maintain continuous integration and delivery pipelines in GitLab CI and GitHub Actions.",
            "Automate builds, tests and deployments for more than fifty services.",
            "Write Terraform and Ansible to describe environments so they can be recreated on demand.",
            "Create Docker images and Helm charts for new services and keep them up to date.",
            "Reduce the time from merge to production from hours to minutes.",
            "Introduce deployment strategies such as canary and blue-green releases, with automatic rollback.",
            "Work with developers to make their test suites run reliably in the pipeline.",
            "Maintain build agents, caches and artifact repositories such as Nexus and Artifactory.",
            "Set up preview environments for every pull request.",
            "Promote DevOps culture: shared ownership, small batches, automation first.",
            "Track deployment frequency and lead time, and report on improvements.",
            "Automate release notes, versioning and tagging.",
            "Integrate code quality and dependency scanning into the pipelines.",
            "Support teams moving from manual releases to continuous deployment.",
            "Script repetitive operational tasks in Bash and Python.",
            "Configure monitoring and logging hooks as part of each deployment.",
            "Migrate our legacy Jenkins jobs to pipeline-as-code.",
            "Help developers debug failed builds and deployments.",
            "Standardise how services are packaged, configured and released across teams.",
            "Run workshops that teach developers to own their deployment pipelines.",
        ],
        "reqs": [
            "Experience with at least one CI/CD system such as Jenkins, GitLab CI, CircleCI or Azure DevOps.",
            "Good knowledge of Docker and container image best practices.",
            "Hands-on experience with infrastructure as code (Terraform, CloudFormation or Pulumi).",
            "Scripting skills in Bash, Python or Go.",
            "Familiarity with Git workflows, branching strategies and code review.",
            "Experience with a major cloud provider (AWS, Azure or GCP).",
            "Understanding of configuration management with Ansible, Chef or Puppet.",
            "A collaborative mindset and patience for explaining tools to developers.",
            "Some exposure to Kubernetes deployments is a plus.",
            "Knowledge of artifact management and semantic versioning.",
        ],
    },
    "sre": {
        "titles": ["Site Reliability Engineer", "SRE", "Site Reliability Engineer (SRE)", "Production Reliability Engineer", "Site Reliability Engineer - Observability", "SRE, Core Infrastructure"],
        "intro": [
            "We are looking for a site reliability engineer to keep our service fast and available for customers.",
            "Our users expect the product to work every minute of every day, and you will make sure it does.",
            "You will join the team responsible for the health of everything we run in production.",
            "This role is for an engineer who likes understanding why live systems fail and making sure they fail less.",
            "We are hiring an SRE to raise the reliability bar of our production systems.",
        ],
        "duties": [
            "Define service level objectives together with product teams and track them on shared dashboards.",
            "Take part in a weekly on-call rotation and respond to production incidents.",
            "Lead incident calls, coordinate responders and keep stakeholders informed.",
            "Write blameless post-incident reviews and follow up on their action items.",
            "Manage error budgets and help teams decide when to slow feature work for reliability.",
            "Build alerting that pages only for symptoms customers feel.",
            "Improve observability with metrics, logs and distributed tracing (Prometheus, Loki, Tempo, OpenTelemetry).",
            "Plan capacity for the coming year and run load tests before major launches.",
            "Find and fix performance bottlenecks in services and databases.",
            "Automate away toil such as manual failovers and recurring clean-ups.",
            "Design for graceful degradation, retries with backoff and circuit breaking.",
            "Run disaster recovery drills and verify that backups can actually be restored.",
            "Review new services for production readiness before they launch.",
            "Reduce mean time to recovery through better runbooks and tooling.",
            "Investigate latency spikes, memory leaks and noisy neighbours in production.",
            "Keep our databases replicated, backed up and able to fail over between regions.",
            "Measure availability from the customer's point of view with synthetic probes.",
            "Tune Linux kernels, JVMs and connection pools for high load.",
            "Organise game days that inject failures into production-like environments.",
            "Forecast growth in traffic and storage and make sure we stay ahead of it.",
        ],
        "reqs": [
            "Several years of experience operating large distributed systems in production.",
            "Strong Linux, networking and troubleshooting skills.",
            "Software engineering ability in Go, Python or Java; you will write code to fix reliability problems.",
            "Experience with monitoring and alerting stacks such as Prometheus, Grafana or Datadog.",
            "Calm under pressure during incidents.",
            "Understanding of SLIs, SLOs and error budgets.",
            "Experience with databases and their failure modes (replication lag, failover, backups).",
            "Familiarity with capacity planning and performance testing.",
            "Willingness to participate in an on-call rotation.",
            "Background in software engineering or systems administration.",
        ],
    },
    "platform": {
        "titles": ["Platform Engineer", "Platform Engineer - Kubernetes", "Cloud Platform Engineer", "Platform Engineer, Developer Experience", "Infrastructure Platform Engineer", "Platform Engineer (Internal Developer Platform)"],
        "intro": [
            "We are looking for a platform engineer to build the foundation our product teams build on.",
            "Our engineers should spend their time on the product, not on wiring infrastructure together; you will make that true.",
            "You will join the team that builds and runs our internal platform as a product for other engineers.",
            "This role is about designing infrastructure that other teams consume through simple, well-documented interfaces.",
            "We are hiring a platform engineer to create the internal cloud our developers deploy onto.",
        ],
        "duties": [
            "Design and operate our multi-cluster Kubernetes platform and the services that run on every cluster.",
            "Build an internal developer portal on Backstage with templates for new services.",
            "Write Kubernetes operators and controllers in Go to automate platform tasks.",
            "Provide self-service provisioning of databases, queues and buckets through APIs.",
            "Own cloud account structure, networking, VPCs and connectivity between regions.",
            "Define golden paths that give every new service logging, metrics and security by default.",
            "Evaluate cloud services and decide which ones the platform should offer.",
            "Manage the base images and node configuration for our compute fleet.",
            "Build a service mesh and ingress layer that product teams can configure themselves.",
            "Treat internal developers as customers: run surveys, publish a roadmap and measure adoption.",
            "Design multi-tenant isolation with namespaces, quotas and network policies.",
            "Create Terraform modules and Crossplane compositions that teams reuse.",
            "Reduce the cognitive load that infrastructure puts on product engineers.",
            "Run the secrets management, identity and certificate services of the platform.",
            "Migrate workloads from virtual machines to the container platform.",
            "Keep the platform scalable and cost-efficient as the number of teams grows.",
            "Document the platform and support teams adopting it.",
            "Build the shared observability stack that every service is connected to automatically.",
            "Provide the infrastructure APIs that our deployment tooling is built on.",
            "Manage bare-metal capacity in our data centers alongside our cloud footprint.",
        ],
        "reqs": [
            "Deep experience with Kubernetes internals and its ecosystem.",
            "Strong programming skills in Go or Python; you will build software, not only configure it.",
            "Experience designing cloud infrastructure on AWS, GCP or Azure.",
            "Product thinking: you care whether other engineers find your platform useful.",
            "Knowledge of networking: DNS, load balancing, service meshes, VPC design.",
            "Experience with infrastructure as code at scale.",
            "Familiarity with developer portals such as Backstage is a plus.",
            "Understanding of security fundamentals for multi-tenant platforms.",
            "Experience building APIs and internal tools for other engineers.",
            "Good written communication for platform documentation.",
        ],
    },
    "other": {
        "titles": ["Backend Software Engineer", "Frontend Developer", "Data Engineer", "Security Engineer", "Registered Nurse", "Account Executive", "Data Scientist", "Product Manager", "Full Stack Developer", "QA Engineer"],
        "intro": [
            "We are growing the team and looking for someone who loves building things customers use.",
            "This role is central to our plans for the coming year.",
            "You will join a friendly, experienced team with a lot of autonomy.",
        ],
        "per_title": {
            "Backend Software Engineer": ["Design and implement REST and gRPC APIs for our product.", "Write the business logic behind orders, billing and accounts.", "Model data in PostgreSQL and write efficient queries.", "Review code and mentor other developers.", "Work with product managers to turn requirements into features.", "Write unit and integration tests for your code.", "Experience with Java, Kotlin or Go.", "Solid understanding of object-oriented design."],
            "Frontend Developer": ["Build user interfaces in React and TypeScript.", "Work with designers to make our product accessible and delightful.", "Optimise page load performance in the browser.", "Write component tests with Testing Library.", "Experience with modern CSS and design systems.", "Care for accessibility and usability."],
            "Data Engineer": ["Build batch and streaming data pipelines with Spark and Kafka.", "Model data in our warehouse for analysts and data scientists.", "Own data quality checks and lineage.", "Orchestrate jobs with Airflow.", "Strong SQL and Python skills.", "Experience with dbt and Snowflake or BigQuery."],
            "Security Engineer": ["Run vulnerability management and penetration tests.", "Lead threat modelling for new features.", "Respond to security incidents and coordinate forensics.", "Own compliance with ISO 27001 and SOC 2.", "Run security awareness training.", "Experience with SIEM tools and endpoint detection."],
            "Registered Nurse": ["Provide direct patient care on a busy medical ward.", "Administer medication and monitor patients' vital signs.", "Work closely with physicians and allied health staff.", "Educate patients and families about care plans.", "Valid nursing registration required.", "Willingness to work night shifts and weekends."],
            "Account Executive": ["Prospect and close new business with mid-market customers.", "Run discovery calls and product demos.", "Manage a pipeline in Salesforce and forecast accurately.", "Negotiate contracts and pricing.", "Three years of B2B SaaS sales experience.", "Track record of exceeding quota."],
            "Data Scientist": ["Build predictive models for pricing and demand.", "Design and analyse A/B experiments.", "Communicate findings to business stakeholders.", "Strong statistics and Python skills.", "Experience with scikit-learn, pandas and SQL.", "Curiosity about customer behaviour."],
            "Product Manager": ["Own the roadmap of one of our product areas.", "Talk to customers and turn their problems into priorities.", "Write clear requirements and work with engineering and design.", "Define success metrics and track them after launch.", "Experience managing software products.", "Excellent communication skills."],
            "Full Stack Developer": ["Build features across our Node.js backend and React frontend.", "Design database schemas and APIs.", "Ship small increments to customers every week.", "Collaborate with design on user flows.", "Experience with TypeScript end to end.", "Interest in the product and its users."],
            "QA Engineer": ["Write automated end-to-end tests with Playwright.", "Plan test strategies for new features.", "Report and track defects with developers.", "Perform exploratory testing before releases.", "Experience with test automation frameworks.", "Attention to detail."],
        },
    },
}

NEIGHBOURS = {
    "devops": ["You will work alongside our SRE team, who own production reliability and on-call, while you own the delivery pipeline.",
               "Our platform team provides the Kubernetes clusters; your focus is how code gets built, tested and deployed onto them."],
    "sre": ["Our DevOps team owns the CI/CD pipelines; your focus is what happens once code is running in production.",
            "You will consume the internal platform built by our platform engineering team and hold it to reliability targets."],
    "platform": ["You will collaborate with DevOps engineers who own release pipelines and SREs who own production reliability.",
                 "This is not an on-call SRE role and not a pipeline-maintenance role: you build the platform itself."],
    "other": ["You will work with our DevOps and platform teams, who take care of the infrastructure and deployments for you.",
              "Our SRE team handles production operations, so you can focus on your own domain."],
}

BENEFITS = [
    "We offer a competitive salary, stock options, 30 days of holiday and a yearly learning budget.",
    "Benefits include private health insurance, a pension plan, flexible hours and the option to work from home.",
    "You get a home-office allowance, four weeks of paid leave, parental leave and regular team off-sites.",
    "We are an equal opportunity employer and welcome applicants of every background.",
    "Compensation: a salary range of 70,000 to 95,000 EUR depending on experience, plus an annual bonus.",
    "Hybrid working: two days a week in our office, the rest wherever you like.",
]

HOW_WE_WORK = [
    "How we work: small autonomous teams, written design documents, and code review for every change.",
    "Our stack is mostly Go, Python and TypeScript, and we keep our tooling as simple as we can.",
    "We hold a short planning session every Monday and a demo every second Friday, and otherwise protect long stretches of focus time.",
    "New joiners get a buddy, a structured first month and time to learn the systems before taking on larger projects.",
    "We value clear writing: decisions are recorded, and questions are asked in public channels so that everyone can learn from the answers.",
    "Interview process: a call with the hiring manager, a practical exercise discussed with two engineers, and a conversation about values.",
    "You will report to the head of engineering and work closely with a team of five to eight people.",
]

def posting(rng, label, i):
    r = ROLES[label]
    company, blurb = rng.choice(COMPANIES)
    if label == "other":
        title = rng.choice(r["titles"])
        duties = r["per_title"][title][:]
        rng.shuffle(duties)
        title_full = rng.choice(SENIORITY[1:4]) + title
        body = [blurb, rng.choice(r["intro"]), "What you will do:"] + ["- " + d for d in duties]
    else:
        title_full = rng.choice(SENIORITY) + rng.choice(r["titles"])
        duties = rng.sample(r["duties"], rng.randint(6, 9))
        reqs = rng.sample(r["reqs"], rng.randint(4, 6))
        body = [blurb, rng.choice(r["intro"]), "What you will do:"] + ["- " + d for d in duties] + \
               ["What we are looking for:"] + ["- " + q for q in reqs]
    if rng.random() < 0.4:
        body.append(rng.choice(NEIGHBOURS[label]))
    extra = rng.sample(HOW_WE_WORK, len(HOW_WE_WORK))
    while len(" ".join(body).split()) < 150 and extra:
        body.append(extra.pop())
    body += rng.sample(BENEFITS, rng.randint(1, 3))
    return {"id": f"t{label[:2]}{i:03d}", "title": f"{title_full} at {company}", "description": "\n".join(body), "label": label}

def write_postings(seed, counts, make, name):
    """Builds counts[label] postings per label with make(rng, label, i) and writes
    datasets/<name> (id, title, description, label)."""
    rng = random.Random(seed)
    rows = []
    for label, n in counts:
        rows += [make(rng, label, i) for i in range(n)]
    out = os.path.join(os.path.dirname(__file__), "..", "..", "datasets", name)
    with open(out, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "title", "description", "label"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    words = [len(r["description"].split()) for r in rows]
    print(f"wrote {len(rows)} postings; description words min {min(words)} median {sorted(words)[len(words)//2]} max {max(words)}")

def main():
    write_postings(20261124, [("devops", 32), ("sre", 32), ("platform", 32), ("other", 30)], posting, "test.csv")

if __name__ == "__main__":
    main()
