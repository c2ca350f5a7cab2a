"""More whole role postings for jobclass's posting-level gate ("is this one of the three roles at
all?"), in addition to the role posts in feed_posts.py.

DEVOPS, SRE and PLATFORM are lists of (text, seed_file_name). Every post describes a DevOps, SRE or
Platform Engineering job without ever naming the role (no DevOps, SRE, Site Reliability or platform
engineer/engineering; neutral titles such as Release Engineer, Production Engineer or
Infrastructure Engineer, or no title at all), and its duties restate the facts of the seed article
in /work/shared/seeds/ named as its source, in new words. Each list holds 30 short thread-style posts
(50-150 words) and 30 long corporate postings (300-600 words: about us, the role, duties,
requirements, benefits, equal-opportunity line). In the long ones, as in real postings, most duties
are ones all three roles share (cloud accounts, Terraform, Kubernetes, Linux, scripting, monitoring
tools) and only a few state the role's own purpose.

FEED_POSTS is a list of (text, label, family, source) built from them, as in feed_posts.py.
Every company, address (example.com) and sentence is invented here; nothing is copied from the seed
articles or from any real posting.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(__file__))
import feed_posts  # noqa: E402

S0 = "000_608c6a155848bb83.txt"  # short definitions of the three roles
S1 = "001_69312753909430de.txt"  # a practitioner's view: deploy control, production health, infra development
S2 = "002_52a3198634c927c1.txt"  # cloud infrastructure building vs streamlining delivery
S3 = "003_ab77b37c5e4f6b43.txt"  # code to production (assembly line) vs keeping it running (mechanic)
S4 = "004_bbf8ee97ca22c282.txt"  # infrastructure platform vs automated delivery, shared tools

# ---------------------------------------------------------------------------------------------
# devops: the path from commit to production, CI/CD, releases, bridging development and operations
# ---------------------------------------------------------------------------------------------
DEVOPS = [
# --- short, thread-style ---
("""Tidemark Freight Software | Junior Build and Release Engineer | Columbus, OH | Onsite | $85k-$100k
Our developers write the dispatch and routing code; your job is the line that takes their work and turns it into something running for our carriers. That means keeping the build servers healthy, adding test stages when a team asks for them, packaging services into images and running deployments until they run themselves. If you have done a bit of scripting or looked after a few Linux boxes and want to learn how software actually reaches production, this is a good first step. A senior engineer will mentor you through your first quarter. Apply at example.com/tidemark.""", S3),

("""Quarrystone Labs (Seed) | Infrastructure Engineer | Remote, US time zones | $150k-$180k + equity | Right now only our CTO can deploy, so every release waits for her calendar. We want any engineer on the team to be able to merge and watch their change go live on its own, with new infrastructure described in the same repository and rolled out the same way. You'd build that flow (GitHub Actions, Argo CD, Terraform, EKS) and then keep hunting for whatever slows our developers down: long test runs, flaky checks, painful local setup. You won't touch the product code itself. careers@example.com""", S1),

("""Release Engineer - Copperfield Mutual - Des Moines, IA (hybrid)
Copperfield ships updates to its claims portal once a quarter and wants to ship every week by next year. You'll help get there by building automated pipelines for build, test and deployment, writing environment definitions as code, and making sure every service sends logs and metrics from its first day. Equally important: you'll get our application developers and our infrastructure operations group working from the same plan instead of trading tickets. We'll track how long a change takes to reach customers and how often we deploy. $115k-$140k. Apply at example.com/copperfield.""", S2),

("""Build and Release Engineer | Lanternfish Games | Montreal | Hybrid | CAD $95k-$120k
Lanternfish runs the backend services for two mobile titles. The people who write server code and the people who keep servers running have worked in separate corners for years, and our releases suffer for it. We want someone to automate the whole delivery flow so changes go out dependably and without drama, and to get those two groups acting as one team. You'll use Docker, Kubernetes, Jenkins and Terraform, and you'll be expected to refine the process a little every sprint. French is a plus, not required. jobs@example.com""", S4),

("""Infrastructure Automation Engineer (contract, 6 months) - Pinewick Charity Tech - Remote (UK)
We build donation and volunteer software for small charities. Our developers and the IT contractor who looks after our servers rarely talk, and our deploys show it. We need someone to automate how our apps get built, tested and released: containers for the three main services, a CI/CD pipeline, and servers defined as code rather than clicked together in a console. Just as important, help the development and IT sides work together. £450-£550/day outside IR35. hello@example.com""", S0),

("""A production line for code, not cars. Velden Automotive Software | Build Engineer | Stuttgart | €70k-€88k
Our engineers write infotainment and telematics software; you make sure their commits get compiled, tested on hardware-in-the-loop rigs, packaged and delivered to the test fleet without anyone copying files by hand. The developers are the people you serve, and every hour they wait on a build is an hour you can win back. We use Jenkins, Yocto, Docker and Artifactory. Good German helps, but English is our working language. Apply: example.com/velden""", S3),

("""Senior Infrastructure Engineer, Developer Experience | Halvorsen Health | Oslo or remote (CET) | NOK 850k-1M
At Halvorsen a developer finishes a change and then files a request for someone in operations to deploy it. That loop can take two days. We want to hand teams the keys: pipelines they own, a deploy that happens on merge, and the ability to ask for a queue or a bucket by adding a few lines to their repo. Beyond that, anything that makes our 60 developers faster is fair game: build caching, parallel tests, preview environments. Kubernetes, Flux, Terraform, GitLab CI. Apply at example.com/halvorsen""", S1),

("""Hiring at Brightquill (B2B invoicing, 80 people, London + remote UK). We're looking for an engineer to own our delivery automation: CI/CD for roughly 20 services, Terraform for our environments, and logging and monitoring that come standard with each deploy. The aim is a shorter road from idea to customer, more deploys, fewer regressions, and developers and operations people who plan releases together rather than passing tickets back and forth. £80k-£100k. Email talent@example.com with "delivery" in the subject.""", S2),

("""Cloud Release Engineer | Saltfork Media | Nashville | Remote OK | $120k-$145k
Saltfork streams local radio and podcasts to about a million listeners. We need an engineer whose focus is getting code shipped: automate our build-and-deploy process so releases go out reliably and quickly, and help our developers and our operations folks collaborate instead of handing work off. You'll work in Docker and Kubernetes on GCP and write infrastructure as code, but the measure of success is smoother, more frequent releases and a process that gets a bit better every month. careers@example.com""", S4),

("""Systems Engineer (Automation) | Riverbend County Transit Authority | Sacramento, CA | $105k-$130k + pension
Our in-house developers maintain the trip planner and fare apps; IT operations runs the servers they live on. We want them working as one team. This position automates software delivery end to end: continuous integration, continuous delivery, applications in containers and infrastructure managed as code, so new features reach riders sooner and with less effort. Public sector benefits, 37.5-hour week, excellent tuition support. Apply through example.com/riverbend-jobs""", S0),

("""Associate Release Engineer | Kallisto Learning | Bengaluru | ₹14-20 LPA
Kallisto's product teams build our exam-prep apps for two million students. You'll help them get code from a laptop into production: run and improve the build pipeline, keep test suites green and fast, package services, and carry out deployments until they are fully automated. A great first infrastructure role: if you know some Python or shell and basic Linux, we'll teach you the rest. Apply at example.com/kallisto""", S3),

("""Orrin (YC S24) - Infrastructure Engineer - NYC, in person - $170k-$200k + 0.3-0.6%
We're 11 engineers building collections software for hospitals. Deploys are currently an SSH session and crossed fingers. Build us a proper path: merge to main, tests run, a preview environment appears, one approval, live. Ideally a new service gets its infrastructure from the same pull request. Then stay on the loop and keep making our developers faster. You won't write the billing logic; you'll make it easy to ship. founders@example.com""", S1),

("""Tollgate Logistics | Senior Release Automation Engineer | Dallas | Hybrid | $145k-$170k
Goal: take our warehouse management software from monthly releases to daily ones without losing quality. You'll design automated workflows for building, testing and shipping, manage environments through Terraform, wire monitoring and logging into every release, and bring development and IT operations to the same table. We'll hold the role to lead time, deploy frequency and change failure rate, and we'll give you the room to move them. Apply at example.com/tollgate""", S2),

("""Ferncastle Bank - Engineer, Software Delivery - Dublin (hybrid) - €75k-€95k
The job: automate how our banking apps are delivered so every change is deployed predictably, cut out the manual handoffs, and help our development teams and operations teams pull in the same direction. You'll work with Docker, OpenShift, Azure Pipelines and Terraform. Keep the process improving, quarter after quarter. Banking experience helps; curiosity matters more. Apply at example.com/ferncastle""", S4),

("""Cloud Automation Engineer | Thistledown Weddings | Edinburgh | Remote UK | £55k-£68k
Small team: nine developers, one person on servers. We want faster releases and fewer late nights. You'll containerize our booking apps, set up CI/CD, put our infrastructure into code, and help the developers and the operations side work as one crew. We prefer quick, small steps over heavy process, and we'll back you when you want to change how we work. hello@example.com""", S0),

("""Build and Release Engineer, Mid-level | Northhollow Aerospace | Huntsville, AL | Onsite | US citizenship required | $115k-$140k
Our flight software engineers write code; you get it built, tested and deployed to the simulation labs and test benches. Own the CI servers, the test automation harness, artifact storage and release packaging. Think of yourself as running the factory floor that turns source into deliverables. We expect you to come from either programming or Linux administration. Apply at example.com/northhollow""", S3),

("""Let product teams ship themselves | Velamar | Barcelona | Infrastructure Engineer | €60k-€78k
Velamar sells boat rental software across the Mediterranean. Our developers push code and then wait for a colleague with server access to deploy it. We want to flip that: self-service pipelines, deploy-on-merge via GitOps, and infrastructure changes reviewed and applied the same way as application code. You'll also look for other ways to raise the team's pace. You won't build rental features. Apply at example.com/velamar""", S1),

("""Manager, Release Engineering | Corvanta Health Systems | Nashville | Hybrid | $165k-$195k
Lead a team of four that owns how Corvanta's clinical software gets to hospitals. Your mandate: shorten the development cycle, raise deployment frequency and improve release quality, through CI/CD, infrastructure as code and monitoring built into the delivery process. You'll also be the person who gets development and IT operations leadership agreeing on one way of working. You should be hands-on enough to review pipeline code. careers@example.com""", S2),

("""Release Engineer | Kettlebrook Grocers Online | Remote (US Central) | $115k-$135k
We run online ordering for regional grocers. The work: automated pipelines that take every change to production dependably, Terraform and Kubernetes underneath, and a steady stream of small process improvements. You'll spend as much time with developers and operations staff as with YAML, because getting them to collaborate is half the job. Quarterly meetups in Kansas City. jobs@example.com""", S4),

("""Dockside Analytics | Infrastructure Engineer | Rotterdam | Hybrid | €65k-€82k
Dockside helps ports plan berth schedules. We're hiring an engineer to streamline how our software gets developed, deployed and maintained: automate repetitive steps, build continuous integration and delivery, run our services in containers and manage environments as code. You'll be the link between our developers and our infrastructure operators. Dutch not required. Apply at example.com/dockside""", S0),

("""Software Engineer, Build Systems | Greyfen Semiconductor | Austin, TX | $140k-$175k
Our firmware and tools teams produce hundreds of commits a day. You'll keep the path from commit to release moving: the build cluster, regression test stages, signing and packaging, and rolling tools out to internal users. Your customers are our engineers. Bazel, Buildkite, Python. If you come from system administration and want to move toward software delivery, we'd like to talk. Apply: example.com/greyfen""", S3),

("""Tallowmere | Infra Engineer (delivery) | Remote EU | €70k-€85k | Today our developers open a ticket for every deploy. We want them pressing their own button: a pipeline per repo, GitOps rollouts to Kubernetes, and new infrastructure requested by pull request. After that, shave minutes off builds and tests wherever you can find them. No product feature work, lots of autonomy, four-day weeks in summer. hello@example.com""", S1),

("""Principal Engineer, Software Delivery | Amberfield Telecom | Reading, UK | Hybrid | £110k-£130k
Amberfield wants to halve the time between writing a change and putting it in front of customers. You'll set the technical direction for how we build, test, release and observe our software: pipeline architecture, infrastructure as code standards, logging and monitoring that ship with every service. You'll work with the heads of engineering and IT operations to take down the wall between their groups, and you'll mentor the engineers who build the automation. Apply at example.com/amberfield""", S2),

("""Build & Release Engineer (m/f/d) | Pfeilmann Logistik | Leipzig | €62k-€78k
Pfeilmann writes the software that runs eleven distribution centres. Automate the delivery of our warehouse apps so every release goes out reliably and efficiently, get our developers and operators working together instead of in sequence, and improve the process continuously. Docker, Kubernetes, GitLab CI, Terraform. Thirty days of holiday and a job ticket. Apply at example.com/pfeilmann""", S4),

("""Sunwright Solar | Infrastructure Engineer | Phoenix | $110k-$135k
Sunwright builds monitoring apps for home solar systems. We'd like the developers and the people who keep our servers running to work as a single team, with automation doing the boring parts. You'll build CI/CD, move our services into containers and describe our infrastructure with Terraform so we can ship features faster and with less manual effort. careers@example.com""", S0),

("""Release Engineer | Marisco Seafood Exchange | Seattle | Hybrid | $125k-$150k
Marisco runs an online auction for fishing fleets. Help our engineers get their code to production: automated builds, tests that run on every commit, clean deploys with no manual copying. You're the assembly line between a developer's branch and the live auction floor. Nice to have: Go, GitHub Actions, ECS. Apply at example.com/marisco""", S3),

("""Staff Infrastructure Engineer, Delivery | Pellmore | Toronto | Hybrid | CAD $190k-$225k
Pellmore has 120 engineers and a deploy process that still needs a release captain. We want teams to ship their own code whenever it's ready: self-serve pipelines, GitOps for every service, infrastructure requested by pull request, and safe rollouts with automatic rollback. You'll lead the design and keep asking what else slows developers down. Apply at example.com/pellmore""", S1),

("""Engineer, Deployment Pipelines | Greenhollow Insurance | Remote (US) | $120k-$145k
Build the automated workflows that get our quoting software to agents faster and with fewer defects: CI/CD, infrastructure as code, and monitoring and logging attached to every release. Help developers and IT operations plan and ship together. We'll measure time to market and release frequency as a team, and celebrate when they move. careers@example.com""", S2),

("""Automation Engineer, Releases | Halden Instruments | Trondheim | NOK 750k-900k
Halden makes sensors for fish farms and the cloud software that reads them. You'll automate our software delivery so cloud updates go out reliably, help our developers and operations people work as one, and keep improving the pipeline. You'll use Docker, Kubernetes and Terraform, but you won't be the one running the cluster. Apply at example.com/halden""", S4),

("""Lead Automation Engineer | Cardona Retail Group | Mexico City | Hybrid | Competitive salary
Cardona's e-commerce team wants to ship faster. Lead the change: CI/CD pipelines, containers, infrastructure as code, and a way of working where developers and IT operations collaborate daily instead of meeting at release time. You'll lead two engineers and report to the CTO. Spanish and English required. Apply at example.com/cardona""", S0),

# --- long, corporate ---
("""Senior Build and Release Engineer
Harlow Bridge Financial - Charlotte, NC (hybrid, 3 days in office)

About us
Harlow Bridge is a regional lender serving small businesses across the Southeast. Our 70-person technology group builds the loan origination portal, the servicing back office and the mobile app borrowers use to check balances and make payments. We have grown steadily for twelve years and recently moved most of our workloads to AWS.

The role
Our developers write good code, but getting it from a branch to production still takes too many hands. In this role you sit between our software engineers and the live environment and make sure their work moves along a dependable line: built, tested, packaged and deployed. Your customers are the engineers on our product teams.

What you'll do
- Own the build and release pipelines for our Java and TypeScript services, from the first commit check to the production deployment
- Add and maintain automated test stages so defects are caught before a release rather than after it
- Turn the manual steps in our current release checklist into automated jobs
- Manage AWS accounts, IAM roles and VPC configuration together with the wider infrastructure group
- Write and review Terraform modules
- Build and maintain container images, including the base images our services share
- Work with Kubernetes (EKS) manifests and Helm charts
- Administer the Linux hosts we still run
- Write Python and Bash scripts to automate routine work
- Configure dashboards and alerts in Datadog
- Take part in a shared on-call rotation (roughly one week in eight)

What you bring
- 5+ years in infrastructure, build engineering or software engineering
- Solid experience with at least one CI system (GitHub Actions, Jenkins, GitLab CI)
- Comfort with AWS, Terraform and Docker
- Working knowledge of Kubernetes
- Scripting in Python, Bash or Go
- Patience and clear writing; you will explain the release process to a lot of people

Nice to have
- Experience in financial services or another regulated industry
- Familiarity with artifact repositories such as Artifactory or Nexus

Benefits
- Salary range $140,000-$170,000 plus annual bonus
- Medical, dental and vision from day one
- 401(k) with 6% match
- 20 days PTO plus 11 holidays
- $2,000 yearly learning budget

Harlow Bridge is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, veteran status or any other protected characteristic.

Apply at example.com/harlowbridge/careers""", S3),

("""Staff Engineer, Developer Productivity (m/f/d)
Kornblum Software GmbH | Berlin or remote within Germany | Full-time

Who we are
Kornblum builds scheduling and payroll software for restaurants and hotels in the DACH region. About 9,000 businesses and 180,000 employees use our product every week. Our engineering organisation has grown from 30 to 110 people in three years, split into twelve product teams.

Why this role exists
When we were small, three people held the production credentials and deployed for everyone. That model has not scaled. Teams wait on each other, releases pile up, and a developer who spots a bug in production has to ask someone else to ship the fix. We want every team to control its own path to production, and we want that path to be fast.

Your responsibilities
- Design and build the self-service delivery flow: a team merges, checks run, and the new version rolls out through GitOps without anyone else pressing a button
- Let teams request the infrastructure a new feature needs (a queue, a bucket, a database) through a change in their own repository
- Find and remove the things that slow developers down: long CI runs, flaky tests, slow local setup
- Operate and improve our Kubernetes clusters on GCP together with the infrastructure team
- Write and maintain Terraform and Helm code
- Maintain our GitLab instance and its runners
- Manage secrets with Vault and cloud IAM
- Improve dashboards in Grafana and logs in Loki
- Write internal tooling in Go or Python
- Mentor engineers in other teams and write clear documentation

What we're looking for
- Significant experience building CI/CD and deployment tooling for many teams
- Strong knowledge of Kubernetes, containers and a GitOps tool such as Argo CD or Flux
- Terraform or a similar infrastructure-as-code tool
- Programming ability in Go, Python or a similar language
- The ability to lead technical decisions across teams without formal authority
- Fluent English; German is a bonus

Note: this role does not involve working on our scheduling or payroll features. Your product is the way code gets out of the door.

What we offer
- €95,000-€120,000 depending on experience, plus virtual stock options
- 30 days of paid holiday
- Company pension scheme with employer contribution
- Deutschlandticket or bike leasing
- Two offsites per year
- Hardware of your choice

Kornblum welcomes applications from people of every background, gender, age, religion, disability and sexual orientation. We are committed to an inclusive hiring process; let us know if you need any adjustments.

Apply at example.com/kornblum/jobs""", S1),

("""Manager, Release Engineering
Bluefield Claims Solutions | Minneapolis, MN | Hybrid

About Bluefield
Bluefield processes medical claims for more than forty regional health plans. Our software decides, within seconds, whether a claim is paid, pended or returned, and our clients depend on it to pay providers on time. We are a 600-person company with an engineering group of about 140.

About the role
Today, Bluefield ships major updates four times a year after long regression cycles and weekend release windows. Our development and IT operations groups report to different vice presidents and often work against each other's schedules. We are hiring a manager to lead a team of five engineers and change that: shorter cycles, more frequent releases and higher quality, achieved through automation and through getting the two groups to work as partners.

Key responsibilities
- Lead, coach and grow a team of five release and build engineers
- Set the roadmap for CI/CD, automated testing gates and infrastructure as code across our products
- Introduce metrics such as lead time, deployment frequency and change failure rate, and report progress to leadership
- Build working agreements between development and IT operations so releases are planned and owned jointly
- Oversee our Azure subscriptions, networking and access policies with the cloud team
- Guide the use of Terraform, Azure Pipelines and GitHub Actions
- Maintain standards for container images and AKS deployments
- Make sure logging and monitoring (Azure Monitor, Splunk) are in place for every service
- Manage vendor relationships and the tooling budget
- Participate in the management on-call rotation

Qualifications
- 8+ years in software engineering, infrastructure or release engineering, with 2+ years managing engineers
- Hands-on background with CI/CD tools, scripting and cloud infrastructure
- Experience leading process change across several teams
- Familiarity with HIPAA or other compliance frameworks
- Excellent written and verbal communication

Compensation and benefits
- Base salary $165,000-$195,000, plus 15% target bonus
- Medical, dental, vision and life insurance
- 401(k) with dollar-for-dollar match up to 5%
- Four weeks of paid time off and paid parental leave
- Tuition reimbursement

Bluefield Claims Solutions is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, national origin, disability, protected veteran status, sexual orientation, gender identity or any other characteristic protected by law.

Apply at example.com/bluefield/careers""", S2),

("""Build & Release Engineer
Revontuli Games Oy - Helsinki, Finland (hybrid) - Permanent

About us
Revontuli is an independent studio of 85 people making free-to-play strategy games for mobile. Our two live titles have about four million monthly players, and a third game is in soft launch. We are player-owned in spirit: our community managers sit next to our engineers, and we ship content every two weeks.

The role
Shipping every two weeks across iOS, Android and our game servers takes a lot of coordination. Right now our server programmers, client programmers and the small team that runs our backend infrastructure work in different rhythms, and release day is tense. We are looking for an engineer who will automate how our builds and server updates are delivered so that they go out reliably and efficiently, and who will help our programmers and operations people plan and ship together. We'd like the process to get a little smoother every release.

What you'll do
- Own the pipelines that build, test and deliver our game clients and backend services
- Automate the release steps that are still manual today, from store submissions to server rollouts
- Bring programmers and operations people together around one shared release process and keep refining it
- Work with our Kubernetes clusters on AWS and the Docker images our services run in
- Maintain Terraform code for our environments
- Look after our build machines (Linux and macOS) and the TeamCity server
- Write tooling in Python and C#
- Keep Grafana dashboards and alerting for the release tooling in good shape
- Support the team when something goes wrong on release day

What you bring
- 3+ years working with build systems, CI/CD or infrastructure automation
- Experience with Docker and Kubernetes
- Some infrastructure-as-code experience (Terraform, Pulumi or similar)
- Scripting skills in Python, Bash or C#
- A collaborative attitude: you will spend a lot of time with people from different disciplines
- Game industry experience or familiarity with Unity is a plus

What we offer
- Salary €4,800-€6,200 per month
- Lunch benefit, sports and culture benefit, occupational healthcare
- Flexible hours and hybrid work
- Relocation help to Finland, including for your family
- Game library and a very good coffee machine

We believe games are better when they are made by people of all backgrounds. Revontuli is an equal opportunity employer and does not discriminate on the basis of gender, ethnicity, age, religion, disability or sexual orientation.

Apply via example.com/revontuli""", S4),

("""Engineer, Software Delivery Automation
Southern Cross Broadcasting Corporation | Sydney, NSW | Full-time, hybrid

About SCBC
SCBC is a public broadcaster providing radio, television and online news to audiences across Australia. Our digital division builds the streaming apps, the news website and the content systems used by 900 journalists and producers. We are a not-for-profit organisation funded for the public good.

About the role
Our developers and our IT operations staff have traditionally sat in separate branches with separate priorities. This role is part of a program to change that: we want the two groups to collaborate closely, and we want automation to take over the repetitive work of building, deploying and maintaining our applications so that new features reach audiences sooner. You'll introduce continuous integration and delivery, containerisation and infrastructure as code to teams that are new to them.

Responsibilities
- Build CI/CD pipelines for our web, mobile and content applications
- Move legacy applications into containers and describe their environments as code
- Work with developers and operations staff to agree on a shared way of building and shipping software
- Manage resources in our AWS and Azure accounts
- Write and maintain Terraform and Ansible
- Support our Kubernetes and ECS environments
- Administer Linux and Windows servers during the migration period
- Script routine tasks in PowerShell, Python or Bash
- Maintain monitoring in New Relic and CloudWatch
- Document procedures and contribute to the internal knowledge base

Selection criteria
- Experience with CI/CD tools such as GitHub Actions, GitLab CI or Azure Pipelines
- Practical experience with containers and infrastructure as code
- Sound knowledge of Linux and at least one public cloud
- Demonstrated ability to work with people across technical and non-technical teams
- Strong written communication skills

What we offer
- Salary AUD $125,000-$145,000 plus 15.4% superannuation
- Flexible working arrangements
- Generous leave, including purchased leave options
- Study assistance and professional development
- A workplace that serves the public

SCBC is committed to equal employment opportunity and to building a workforce that reflects the diversity of the Australian community. We encourage applications from Aboriginal and Torres Strait Islander peoples, people with disability, people from culturally and linguistically diverse backgrounds and LGBTQIA+ people.

Apply at example.com/scbc/careers""", S0),

("""Graduate Engineer - Build and Release (2025 intake)
Kesari Commerce Pvt. Ltd. | Pune, Maharashtra | On-site

About Kesari
Kesari is an online marketplace for handloom textiles and regional crafts. We connect 40,000 artisans and small sellers with buyers across India and abroad. Our engineering team of 90 builds the storefront, the seller app, payments and logistics integrations.

About the role
This is an entry-level role for someone who wants to start a career in infrastructure. You'll join the team that takes code from our developers and gets it into production. We think of it as running a well-organised production line: source code comes in, and it leaves built, tested, packaged and deployed. Our software engineers are the people you serve, and your job is to make their path to production smooth.

What you will do
- Maintain and improve our Jenkins and GitHub Actions pipelines
- Add automated test stages and keep test runs fast and reliable
- Help carry out and then automate deployments of our services
- Build Docker images for our Java and Node.js applications
- Learn to work with Kubernetes clusters on AWS
- Make small changes to our Terraform code under review
- Write shell and Python scripts for everyday tasks
- Look after Linux build servers
- Watch Grafana dashboards and raise issues with the right team
- Write clear notes and runbooks as you learn

Who you are
- B.E./B.Tech or equivalent in computer science or a related field (2024 or 2025 graduates)
- Basic programming skills in any language
- Familiarity with Linux commands and Git
- Interest in automation and in how software reaches users
- Good communication in English; Hindi or Marathi is helpful

What we offer
- CTC ₹8-11 LPA
- A structured six-month training programme with a dedicated mentor
- Health insurance for you and your family
- Certification support for AWS and Kubernetes exams
- Subsidised meals and transport

Kesari Commerce is an equal opportunity employer. We welcome applications regardless of gender, caste, religion, disability or background, and we especially encourage women engineers to apply.

Apply at example.com/kesari/graduates""", S3),

("""Senior Infrastructure Engineer - Delivery
Mercado Ypê | Remote (Brazil, Argentina, Colombia, Mexico) | Full-time

About us
Mercado Ypê is a B2B marketplace that lets small shops across Latin America order stock from hundreds of distributors in one place. We process around 50,000 orders a day and our engineering team of 75 works in Portuguese, Spanish and English.

The role
Here is the problem we want you to solve. Our developers push code, then open a request in a shared channel, and one of two senior people deploys it when they have a moment. A bug found on the live site can wait hours for its fix to go out. We want each product squad to own the whole path from commit to production: their pipelines, their rollouts, even the new cloud resources a change needs. Once that is working, you will keep looking for anything else that slows development down.

What you'll do
- Build a GitOps-based deployment flow where merging to the main branch rolls a new version out automatically
- Let squads declare the infrastructure their services need in their own repositories
- Cut CI times and track down flaky tests together with the squads
- Operate our EKS clusters and the AWS accounts around them
- Write and review Terraform
- Maintain Helm charts and our Docker base images
- Manage secrets and access with AWS IAM and External Secrets
- Keep our Prometheus and Grafana stack running
- Automate chores in Go or Python
- Share on-call duties with the infrastructure team

What you bring
- 5+ years in infrastructure or backend engineering
- Deep experience with CI/CD tooling and with Argo CD or Flux
- Kubernetes, Docker and Terraform in production
- Programming skills in Go or Python
- Portuguese or Spanish plus working English

What we offer
- USD 5,500-7,500 per month as a contractor, or local CLT equivalent in Brazil
- Stock options
- Home office allowance
- Health plan (Brazil) or health stipend (other countries)
- Annual in-person meetup in São Paulo

We are an equal opportunity employer. We hire people of every race, gender, sexual orientation, religion, age and disability, and we do not ask for photos or dates of birth.

Apply at example.com/mercadoype""", S1),

("""Principal Engineer, Delivery Engineering
Changi Aero Systems Pte. Ltd. | Singapore | Hybrid

About us
Changi Aero Systems builds crew scheduling, maintenance planning and passenger services software for airlines in the Asia-Pacific region. Fourteen carriers rely on our products to get aircraft and crews where they need to be. Our engineering organisation has 220 people in Singapore, Kuala Lumpur and Manila.

About the role
Our release cycle is too long. A typical change waits six weeks between code review and production, and much of that time is spent on manual testing and handovers between development and IT operations. As Principal Engineer, you will set the technical direction for making delivery faster and more dependable, increasing how often we release while raising quality, and you'll help our development and operations groups adopt shared practices and shared goals.

What you'll do
- Define the target architecture for build, test and deployment automation across all products
- Establish infrastructure-as-code standards and review designs from teams adopting them
- Work with engineering and IT operations leadership to align development and operations around common delivery metrics
- Set expectations for monitoring and logging so every release can be observed from day one
- Advise on AWS account structure, networking and identity
- Review Terraform modules and Kubernetes manifests
- Evaluate tooling for CI, artifact storage and secrets management
- Guide teams on container images and runtime security scanning
- Mentor senior engineers and contribute to hiring
- Represent engineering in discussions with airline customers about release timelines

Requirements
- 12+ years in software or infrastructure engineering, including several years leading cross-team technical initiatives
- Deep knowledge of CI/CD architecture and infrastructure as code
- Experience with AWS, Kubernetes and Linux at scale
- Strong written and spoken English
- Experience in aviation or other safety-conscious industries is an advantage

What we offer
- Competitive base salary (SGD 180,000-230,000) and annual bonus
- Comprehensive medical and dental coverage
- 21 days of annual leave plus public holidays
- Staff travel benefits with partner airlines
- Learning budget and conference attendance

Changi Aero Systems is an equal opportunity employer and complies with the Tripartite Guidelines on Fair Employment Practices. We select candidates on merit and do not discriminate on the basis of age, race, gender, religion, marital status, family responsibilities or disability.

Apply at example.com/changiaero""", S2),

("""Lead Release Engineer
Valley Orchard Technologies | Fresno, CA (hybrid) or Remote (US West)

Who we are
Valley Orchard builds irrigation scheduling and crop monitoring software for nut and fruit growers in California's Central Valley. Sensors in the field report soil moisture, our models suggest watering schedules, and growers adjust valves from their phones. We are 60 people, half of them engineers, and profitable.

The role
Our engineering group has two halves: developers who build the apps and models, and an operations crew that looks after the cloud and the field gateways. They work well individually and poorly together, especially around releases. As Lead Release Engineer you'll automate how our software gets delivered, so updates to the cloud and the gateways go out dependably and without late-night heroics, and you'll be the one who gets both halves working from the same process. You'll keep improving that process over time.

What you'll do
- Own the release pipelines for our cloud services, mobile apps and gateway firmware
- Automate deployment steps that are manual today, including gateway updates in the field
- Bring developers and operations together on planning, release checklists and retrospectives
- Lead and mentor one other release engineer
- Work with Docker images and our Kubernetes cluster on GCP
- Maintain Terraform code for our cloud projects
- Administer our GitHub organisation and Actions runners
- Maintain Linux build hosts and an ARM cross-compilation setup
- Write tooling in Python or Go
- Keep an eye on Grafana dashboards for the release tooling

What you bring
- 6+ years in build, release or infrastructure engineering
- Experience leading or mentoring other engineers
- Strong CI/CD background, plus Docker and Kubernetes
- Terraform or similar
- Embedded or IoT delivery experience is a strong plus
- A practical, patient temperament

Benefits
- $150,000-$180,000 base salary
- Employee stock ownership plan
- Medical, dental and vision, 100% covered for employees
- 401(k) with 4% match
- Three weeks PTO plus a company-wide week off at New Year
- Fresh fruit in season, genuinely

Valley Orchard Technologies is proud to be an equal opportunity workplace. We do not discriminate on the basis of race, religion, color, national origin, sex, sexual orientation, gender identity, age, marital status, veteran status or disability.

Apply at example.com/valleyorchard""", S4),

("""Infrastructure Engineer (Automation & Delivery)
Wisła Insurance Technology sp. z o.o. | Warsaw, Poland | Hybrid (2 days/week)

About us
Wisła Insurance Technology builds the policy administration and claims systems used by three Polish insurers and one Czech one. We are a 150-person software house owned by an insurance group, with the stability that brings and the energy of a product company.

About the position
Our developers and our IT operations department have worked side by side for years without really working together: developers hand over packages, operations installs them, and problems bounce between the two. We are hiring an engineer to help both groups collaborate and to automate the process of building, testing, deploying and maintaining our applications. You will introduce continuous integration and delivery, package our applications into containers, and bring our environments under infrastructure as code, so that we can deliver changes with more speed and less effort.

Your responsibilities
- Build and maintain CI/CD pipelines for Java and .NET applications
- Containerise existing applications and define their environments in code
- Run workshops and pair with developers and operations staff so that both groups share one delivery process
- Manage resources on Azure and in our on-premises VMware environment
- Write Terraform and Ansible code
- Support our AKS and OpenShift clusters
- Administer Linux and Windows servers
- Automate tasks with PowerShell, Bash or Python
- Configure monitoring in Zabbix and Grafana
- Keep documentation in Confluence up to date

Our requirements
- 3+ years of experience in infrastructure, system administration or software development
- Hands-on experience with a CI/CD tool (Azure Pipelines, Jenkins, GitLab CI)
- Knowledge of Docker and basics of Kubernetes
- Experience with Terraform or Ansible
- Good command of Polish and English

We offer
- Salary 20,000-27,000 PLN gross per month (employment contract) or 24,000-32,000 PLN net + VAT (B2B)
- Private medical care and life insurance
- Multisport card
- Training budget and paid certification exams
- Stable employment in a growing company

We are committed to equal treatment and diversity. We consider all applications regardless of gender, age, disability, religion, ethnic origin, sexual orientation or any other characteristic.

Please include the following clause in your application: consent to processing of personal data for recruitment purposes. Apply at example.com/wisla-it""", S0),

("""Build and Release Engineer II | PawPoint Practice Software | Kansas City, MO | Hybrid | Full-time About PawPoint: PawPoint makes practice management software for veterinary clinics: appointments, medical records, invoicing and pharmacy inventory. More than 3,500 clinics in the US and Canada run on it, and our engineering team of 55 ships updates to them every week. The role: You will be one of two engineers whose job is to help our developers get their code into production. Picture the stretch between a merged pull request and a clinic seeing the new feature as a production line; you keep that line moving, with builds, tests, packaging and deployment handled by automation rather than by people copying files. Our product engineers are your customers. What you'll do: • Maintain and extend our build and deployment pipelines in GitHub Actions • Add automated test stages (unit, integration, database migration checks) and keep them fast • Automate the remaining manual steps in our weekly release • Manage resources in our AWS accounts with the infrastructure team • Write and review Terraform • Build and maintain Docker images for .NET and Node.js services • Work with our ECS clusters and load balancers • Administer Linux and Windows build agents • Script routine jobs in PowerShell, Bash or Python • Keep CloudWatch alarms and dashboards current • Join a light on-call rotation during release weeks. What you bring: • 2-4 years in build engineering, system administration or software development • Experience with a CI/CD tool • Familiarity with Docker and AWS • Some Terraform or CloudFormation • Scripting skills • A helpful attitude toward developers who are stuck. Benefits: $105,000-$130,000; medical, dental and vision; 401(k) with 5% match; 18 days PTO plus holidays; free pet insurance for two animals; annual volunteer day at a local shelter. PawPoint is an equal opportunity employer. We celebrate diversity and do not discriminate based on race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status or disability status. Apply at example.com/pawpoint/careers""", S3),

("""Senior Infrastructure Engineer, Developer Workflow
Homestead Lettings Ltd | Leeds, UK or remote within the UK | Permanent

About Homestead
Homestead runs one of the UK's larger property lettings websites, along with the software letting agents use to manage tenancies, deposits and repairs. We have 12 million monthly visitors and 160 engineers in small product teams.

The opportunity
A few years ago we moved to the cloud, but our release habits did not move with us. A product team finishes a change, raises a deployment request, and waits for one of the infrastructure engineers to schedule it. If they spot a problem after release, they raise another request. We want teams to have full control of shipping their own code, safely. That means pipelines owned by the teams, deployments driven by Git, and infrastructure changes that travel with the application change that needs them. Beyond that first goal, you'll keep looking for ways to help developers move faster.

What you'll be doing
- Design the Git-driven deployment model for 70 services and migrate teams onto it
- Give teams a safe way to provision the cloud resources their features need through pull requests
- Work with teams to speed up builds, parallelise tests and shorten feedback loops
- Operate our Kubernetes clusters on AWS alongside the infrastructure team
- Write Terraform and maintain shared modules
- Maintain our base container images and the registry
- Handle IAM, secrets and network configuration
- Keep our observability tooling (Prometheus, Grafana, OpenSearch) in good health
- Write internal tools in Go or Python
- Take part in the infrastructure on-call rota

What you'll bring
- Strong experience building CI/CD and deployment systems used by many teams
- Production experience with Kubernetes and a GitOps tool
- Terraform and AWS
- Good programming skills
- You enjoy working with developers and can explain trade-offs clearly

What's in it for you
- £85,000-£105,000
- 28 days holiday plus bank holidays, and your birthday off
- 8% employer pension contribution
- Private medical insurance
- £1,500 learning budget and time to use it
- Enhanced parental leave

Homestead is an equal opportunities employer. We are committed to building a team that reflects the people who rent and let homes across the UK, and we welcome applications from everyone. If you need reasonable adjustments at any stage, just tell us.

Apply at example.com/homestead""", S1),

("""Senior Engineer, Delivery Automation
Maplecrest Credit Union Technology Services | Toronto, ON | Hybrid

About us
Maplecrest CUTS provides the core banking software, online banking and mobile apps for 22 credit unions across Ontario and Manitoba. Our members trust us with the day-to-day banking of more than 800,000 Canadians.

About the role
Our engineering teams deliver meaningful improvements, but they deliver them slowly: a change can take two months to reach members. Development and IT operations still work in sequence, with formal handovers at each stage. We are looking for a senior engineer to help close that gap. You will design the automation that moves our software from code to production, help us release more often with fewer defects, and act as a bridge between our developers and our operations staff.

Responsibilities
- Design and implement automation workflows for building, testing and releasing our applications
- Build CI/CD pipelines that include the security and compliance checks our regulators expect
- Bring infrastructure as code into our release process so environments are consistent from test to production
- Make sure monitoring and logging are set up for every service before it ships
- Track and share delivery metrics such as lead time and release frequency
- Administer Azure subscriptions and networking in partnership with the cloud team
- Maintain Terraform modules
- Support AKS clusters and the container registry
- Administer Linux and Windows Server hosts
- Write automation in PowerShell, Python or Bash
- Contribute to our incident process when releases cause problems

Qualifications
- 7+ years of experience across software development and infrastructure
- Strong experience with CI/CD (Azure Pipelines, GitHub Actions or Jenkins)
- Terraform and Azure
- Docker and Kubernetes
- Experience in financial services is an asset
- Bilingual English/French is an asset

What we offer
- CAD $130,000-$155,000 plus performance incentive
- Defined benefit pension plan
- Comprehensive health and dental coverage
- Four weeks of vacation
- Preferred rates on banking products
- Hybrid work with offices near Union Station

Maplecrest CUTS is committed to employment equity and diversity. We welcome applications from women, Indigenous peoples, persons with disabilities, members of visible minorities and people of all sexual orientations and gender identities. Accommodations are available on request during the recruitment process.

Apply at example.com/maplecrest""", S2),

("""Release Engineer
Protea Telecom Software | Cape Town, South Africa | Hybrid

About Protea
Protea builds billing, prepaid and customer self-care software for mobile network operators in eleven African countries. When a subscriber buys airtime in Lusaka or checks their data balance in Accra, our software is often doing the work behind the scenes.

About the role
Our releases have been slow and stressful. Developers in Cape Town finish features, operations staff in our network operations centre install them, and the two groups mostly meet when something has gone wrong. We want an engineer to automate our software delivery process so releases reach operators reliably and efficiently, to get developers and operations collaborating throughout rather than at the end, and to keep improving how we ship.

Key responsibilities
- Automate the build, test and release of our billing and self-care services
- Replace manual release procedures with repeatable pipelines
- Work with developers and operations staff to streamline how releases are planned, approved and rolled out
- Maintain Docker images and support our Kubernetes environments, both in the cloud and at operator sites
- Manage AWS resources and on-premises virtual machines
- Write Terraform and Ansible
- Maintain Jenkins and GitLab CI
- Administer Linux servers
- Script tasks in Bash and Python
- Keep Prometheus and Grafana monitoring in place for release tooling

Requirements
- Relevant degree or diploma, or equivalent experience
- 3+ years in build, release, infrastructure or system administration roles
- Experience with CI/CD tools and containers
- Familiarity with infrastructure as code
- Telecom experience is an advantage
- Willingness to travel occasionally to customer sites

What we offer
- Market-related salary (ZAR 720,000-900,000 per year)
- Medical aid and retirement fund contributions
- Hybrid working with a home-office allowance
- Study assistance
- Annual performance bonus

Protea Telecom Software is an equal opportunity employer and supports employment equity. Preference may be given to candidates from designated groups in line with our employment equity plan. We encourage people with disabilities to apply.

Apply at example.com/protea""", S4),

("""Junior Infrastructure Engineer, Automation
Shamba Pay | Nairobi, Kenya | On-site

About Shamba Pay
Shamba Pay helps smallholder farmers get paid for their harvest on their phones and borrow for seeds and fertiliser. We work with 300 cooperatives and process payments for more than 400,000 farmers in Kenya, Uganda and Tanzania.

About the role
We are a team of 22 engineers. Until now, our developers have built features and our two systems administrators have set up the servers, with little overlap between them. We want to change how we work: more collaboration between the people writing code and the people running it, and more automation in how software is built, deployed and maintained. You will join a senior engineer in introducing continuous integration and delivery, running our services in containers, and writing our infrastructure as code so we can ship faster and more safely.

What you'll do
- Help build and maintain CI/CD pipelines for our backend and mobile apps
- Package services in Docker and help move them off hand-configured servers
- Work with developers and the systems administrators to agree on one way of releasing software
- Learn to manage our AWS accounts and Kubernetes cluster
- Write Terraform with guidance from your senior colleague
- Administer Linux servers
- Write scripts in Bash and Python
- Maintain monitoring dashboards in Grafana
- Document what you build

What we're looking for
- A degree in computer science or IT, or equivalent practical experience
- 0-2 years of experience; internships and personal projects count
- Familiarity with Linux and Git
- Some programming in any language
- Curiosity and the ability to ask for help early

What we offer
- KES 180,000-250,000 per month
- Medical cover for you and your dependants
- Lunch every day in the office
- Mentorship from a senior engineer and a training budget
- Paid certification exams

Shamba Pay is an equal opportunity employer. We hire on ability and potential, and we welcome applicants of every gender, ethnicity, religion and ability. Women are strongly encouraged to apply.

Apply at example.com/shambapay""", S0),

("""Senior Release Engineer (English-speaking team)
Hoshizora Digital K.K. | Tokyo (Shibuya), Japan | Hybrid

About Hoshizora
Hoshizora runs a digital comics and light-novel store with 6 million readers in Japan and a growing international app. We publish in four languages and release several hundred new chapters every day. Our engineering organisation has 90 members and an English-speaking infrastructure team.

The role
Our application engineers work on the reader apps, the store and the publishing tools. This position supports them by owning the stretch from source code to production: compiling, running test suites, packaging, and deploying. You will treat our engineers as your customers and make their path to production fast and dependable. If you come from software engineering or systems administration and enjoy improving how others work, you will fit in well.

Responsibilities
- Own the build, test and deploy pipelines for our backend services and mobile apps
- Automate release tasks that still require manual steps, including app store submissions
- Work with product engineers to add the right test stages and keep pipelines fast
- Manage Google Cloud projects, IAM and networking together with the infrastructure team
- Write and maintain Terraform
- Maintain Docker images and GKE deployments
- Administer our Linux build fleet and macOS build machines
- Write tooling in Go, Python or shell
- Maintain dashboards and alerts in Cloud Monitoring
- Participate in the on-call rotation during business hours

Requirements
- 5+ years of experience in build, release, infrastructure or software engineering
- Strong experience with CI/CD systems
- Docker, Kubernetes and Terraform
- Business-level English; Japanese is a plus but not required

Benefits
- Annual salary ¥9,000,000-¥12,500,000
- Visa sponsorship and relocation support
- Social insurance and commuting allowance
- Flexible working hours with a core time of 11:00-15:00
- Book allowance (comics included)

Hoshizora Digital is an equal opportunity employer. We welcome applicants of all nationalities, genders, ages and backgrounds.

Apply at example.com/hoshizora""", S3),

("""Engineering Manager, Developer Velocity
Tulpwerk Travel B.V. | Amsterdam, Netherlands | Hybrid

About Tulpwerk
Tulpwerk sells package holidays, flights and hotel stays across Europe through our own website and through 2,000 partner travel agencies. Our 200 engineers work in 25 product teams in Amsterdam and Lisbon.

About the role
We want every product team to ship its own code whenever it is ready, without waiting on a central team. Today, deployments are handled by a release team that schedules slots twice a week, and new infrastructure requires a ticket to the cloud team. As manager of the Developer Velocity team (six engineers), you will lead the move to self-service delivery: team-owned pipelines, Git-driven rollouts and infrastructure that teams can request in the same change as their code. You will also look across the whole development process for anything else that slows engineers down.

What you'll do
- Lead, hire and develop a team of six engineers
- Own the roadmap for self-service CI/CD, GitOps deployment and infrastructure requests from application repositories
- Measure developer wait time, build duration and deployment frequency, and drive them in the right direction
- Partner with the cloud team on AWS account structure and Kubernetes operations
- Oversee Terraform and Helm practices
- Make decisions on tooling for CI, artifacts and secrets
- Ensure the team's tools have sensible monitoring and alerting
- Manage the team's budget and vendor contracts
- Join the management escalation rotation

What you bring
- 3+ years managing engineering teams
- A background in infrastructure, build or backend engineering
- Solid understanding of CI/CD, Kubernetes and cloud infrastructure
- Experience leading changes that affect many teams
- Clear communication with engineers and executives alike

What we offer
- €110,000-€135,000 gross per year including holiday allowance
- 27 vacation days
- Pension scheme with generous employer contribution
- Travel discount on our own holidays
- Relocation support and the 30% ruling for eligible candidates
- Learning budget of €2,000 per year

Tulpwerk is an equal opportunity employer. We are committed to creating an inclusive workplace and welcome applications from people of all backgrounds, identities and abilities.

Apply at example.com/tulpwerk""", S1),

("""Release Automation Engineer
Peachtree Freight Brokerage | Atlanta, GA | Hybrid (Tuesday-Thursday in office)

Who we are
Peachtree matches shippers with truck carriers across the Southeast and Midwest. Our brokers move around 1,500 loads a day using software we build in-house: load boards, carrier vetting, tracking and invoicing. Our technology team has 45 people.

What this role is about
The business wants new features faster, and our engineers want to stop spending Thursday nights on releases. Today we deploy every two weeks after a manual regression pass, and development and IT operations hand work back and forth. In this role you will shorten that cycle: build the automation that takes code from commit to production, help us release more often with better quality, and get development and operations working as one group.

What you'll do
- Build and maintain CI/CD pipelines with automated test and quality gates
- Automate the deployment of our .NET and Python services to AWS
- Bring environment setup under infrastructure as code as part of each release
- Set up logging and monitoring so every release can be checked in production quickly
- Work with engineering and IT leadership to improve how releases are planned and owned
- Administer AWS accounts, VPCs and IAM policies
- Maintain Terraform code and shared modules
- Support Docker images and ECS services
- Look after Windows and Linux servers that still host legacy apps
- Write automation in PowerShell or Python

What you bring
- 4+ years in release engineering, infrastructure or software development
- Hands-on experience with GitHub Actions, Jenkins or Azure Pipelines
- AWS and Terraform
- Experience with Docker
- Logistics or transportation experience is a plus

Benefits
- $120,000-$145,000 base salary plus quarterly bonus
- Medical, dental and vision insurance
- 401(k) with 4% company match
- 15 days PTO, growing with tenure, plus 10 holidays
- Free parking and catered lunches on office days

Peachtree Freight Brokerage provides equal employment opportunities to all employees and applicants without regard to race, color, religion, sex, national origin, age, disability, genetic information, sexual orientation, gender identity or veteran status.

Apply at example.com/peachtree""", S2),

("""Senior Release Engineer
Alcántara Moda S.L. | Madrid, Spain | Hybrid

About Alcántara
Alcántara is a fashion e-commerce company selling our own clothing and footwear lines in 18 countries. Our web shop and apps handle peak traffic of 40,000 orders an hour during sales, and our tech team of 120 builds everything from the storefront to the warehouse system.

The role
Our developers and our operations team both care deeply about the shop, but they work in separate rhythms, and the handover between them slows every release. We want a senior engineer whose focus is delivery: automating how software moves to production so that every change ships reliably and efficiently, helping developers and operations collaborate, and continuously improving the process. You will work with a lot of infrastructure along the way, but your measure of success is a release process the whole company trusts.

Responsibilities
- Automate the build, test and deployment of our storefront, apps and backend services
- Streamline release procedures, particularly around campaign and sales periods
- Work with developers and operations on a shared release process and keep improving it
- Use Docker, Kubernetes and Helm in our GCP environment
- Write and maintain Terraform
- Manage GitLab CI runners and pipeline templates
- Maintain cloud accounts, IAM and networking with the infrastructure team
- Write tooling in Python or Go
- Maintain monitoring in Prometheus and Grafana
- Mentor mid-level engineers

Requirements
- 5+ years in release, build or infrastructure engineering
- Strong CI/CD skills
- Experience with Docker, Kubernetes and Terraform
- Good English; Spanish is a plus
- E-commerce experience is an advantage

We offer
- €65,000-€80,000 gross per year
- Flexible remuneration plan (meal vouchers, transport, health insurance)
- Summer intensive working hours in July and August
- 40% employee discount
- Relocation help for candidates moving to Madrid

Alcántara is committed to equality of opportunity. We value diversity and consider all applications without regard to gender, age, origin, religion, disability or sexual orientation.

Apply at example.com/alcantara""", S4),

("""Systems Engineer - Application Delivery
Lakeshore Health Network | Cleveland, OH | Hybrid

About Lakeshore
Lakeshore Health Network operates six hospitals and more than 40 outpatient clinics in northeast Ohio. Our Digital Health department builds the patient portal, scheduling tools and integrations with our electronic health record, and keeps them available for clinicians and patients.

Position summary
Our application developers and IT infrastructure staff have historically worked in separate departments with separate ticket queues. Lakeshore is bringing them together, and this position will help lead that change. You will encourage close collaboration between the two groups and automate the building, deployment and upkeep of our in-house applications through continuous integration and delivery, containerisation and infrastructure as code. The goal is to deliver improvements to patients and clinicians faster and with less manual effort.

Essential functions
- Implement CI/CD pipelines for the patient portal, scheduling and integration services
- Containerise applications and manage their environments as code
- Facilitate joint planning between developers and IT operations and help them adopt shared practices
- Manage Azure subscriptions and on-premises VMware resources
- Write Terraform, Ansible and PowerShell
- Support Kubernetes clusters (AKS)
- Administer Windows and Linux servers
- Maintain monitoring with SolarWinds and Azure Monitor
- Follow change management and HIPAA security procedures
- Participate in the IT on-call rotation

Minimum qualifications
- Bachelor's degree in a related field or equivalent experience
- 3+ years of experience in systems administration, infrastructure or software development
- Experience with at least one CI/CD tool
- Working knowledge of Docker and infrastructure-as-code tools
- Healthcare IT experience preferred

Benefits
- Salary range $95,000-$120,000
- Medical, dental and vision coverage with low premiums
- 403(b) retirement plan with employer match
- Generous paid time off
- Tuition assistance and free parking

Lakeshore Health Network is an Equal Opportunity Employer. We do not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, veteran status or genetic information.

Apply at example.com/lakeshorehealth/careers""", S0),

("""Senior Release Engineer
Ikoyi Mobile Bank | Lagos, Nigeria | Hybrid

About us
Ikoyi Mobile Bank is a licensed digital bank with 3 million customers who open accounts, send money, pay bills and save entirely from their phones. Our engineering team of 110 builds the apps, the core ledger integrations and the agent network tools.

About the role
Our engineers ship features quickly but the trip from their laptops to production is bumpy: builds fail for reasons nobody understands, test suites take an hour, and deployments rely on a shared checklist. This role exists to help our software engineers get their code to production. You'll own the stages in between (building, testing, packaging and deploying) and make them dependable and boring. The people writing code are your customers; their waiting time is your metric.

Responsibilities
- Own the CI/CD pipelines for our Android, iOS and backend services
- Add and speed up automated test stages, including contract and integration tests
- Automate release steps for app store submissions and backend rollouts
- Manage AWS accounts, VPCs and IAM with the cloud team
- Write and maintain Terraform modules
- Build Docker images and support our EKS clusters
- Administer Linux build servers and macOS build machines
- Write scripts and tools in Python, Bash or Kotlin
- Keep Grafana and CloudWatch dashboards for pipelines and services current
- Contribute to the audit evidence our regulator requests about change management

Requirements
- 5+ years in build and release, infrastructure or software engineering
- Strong experience with at least one CI system and with mobile build tooling (Gradle, Xcode, Fastlane)
- AWS, Docker and Terraform
- Experience in fintech or banking is a plus
- Clear communication and a calm approach under pressure

What we offer
- Competitive salary in naira with USD-indexed review
- Health insurance (HMO) for you and your family
- Pension contributions
- Laptop and data allowance
- Annual learning budget
- Hybrid working from our Victoria Island office

Ikoyi Mobile Bank is an equal opportunity employer. We do not discriminate on the basis of gender, ethnicity, religion, disability or any other status. All applications are treated with confidentiality.

Apply at example.com/ikoyibank""", S3),

("""Infrastructure Engineer, Shipping Velocity - Kindred Hearts (dating app) - Remote (US) - $145k-$170k. About us: Kindred Hearts is a dating app built around shared values rather than swipes, with 2.5 million active members. We are a fully remote company of 90, about 40 of them engineers. About the role: We want our engineers to own their code all the way to production. Today a release requires a handoff to one of two people with deploy rights, and rolling back needs the same two people. We want to replace that with a self-service path: merge, automated checks, progressive rollout via GitOps, and infrastructure changes described in the same repository as the code. After that, your job is to keep finding and removing what slows our developers down. What you'll do: - Build Git-driven deployments for our 35 services - Let teams add the cloud resources they need through pull requests, reviewed and applied automatically - Reduce CI time, find flaky tests and improve local development environments - Operate our GKE clusters with the infrastructure team - Write Terraform and maintain Helm charts - Maintain Docker base images - Handle IAM and secrets in Google Cloud - Maintain our Prometheus, Grafana and Loki setup - Write internal tools in Go - Join the infrastructure on-call rotation. You'll never own the matching algorithm or the chat features; your product is the way they get shipped. What you bring: - 4+ years building deployment or CI tooling - Kubernetes and a GitOps tool such as Argo CD - Terraform and a public cloud - Go or Python. Benefits: medical, dental and vision with 100% premium coverage; 401(k) with 4% match; unlimited PTO with a 20-day minimum; $1,500 home office stipend; two company retreats per year. Kindred Hearts is an equal opportunity employer. We welcome people of every race, religion, gender identity, sexual orientation, age and ability, and we believe the team building a dating app should look like the people using it. Apply at example.com/kindredhearts""", S1),

("""Senior Engineer, CI/CD and Release
Liffey Clinical Data Ltd | Dublin, Ireland | Hybrid

About us
Liffey Clinical Data provides electronic data capture and trial management software for pharmaceutical sponsors and research organisations. More than 600 clinical trials in 40 countries run on our system. Our engineering team has 95 people in Dublin and Galway.

About the role
Liffey releases its platform four times a year, each release preceded by weeks of manual validation and followed by weekend installation by our IT operations team. We believe we can release far more often without compromising the quality our customers and regulators expect. You will lead the technical work: automated workflows for build, test and release, infrastructure as code as part of every change, and monitoring and logging that show how a release behaves. Just as important, you'll help our developers and IT operations work as one team.

Responsibilities
- Design and implement CI/CD pipelines with automated validation evidence for regulated releases
- Reduce the time from code complete to production, and raise release frequency
- Make infrastructure as code part of the standard release process
- Ensure monitoring and logging are configured for every service before release
- Work with development and IT operations managers to build shared ownership of releases
- Administer AWS accounts and networking with the cloud team
- Maintain Terraform modules and CloudFormation stacks still in use
- Support Docker and ECS deployments
- Administer Linux servers
- Write automation in Python and Bash

Requirements
- 6+ years in release engineering, infrastructure or software development
- Strong experience with CI/CD pipelines and automated testing
- AWS and Terraform
- Docker
- Experience in GxP, medical device or other validated environments is highly desirable

What we offer
- €85,000-€100,000 plus annual bonus
- Pension contribution of 8%
- VHI health insurance for you and your family
- 25 days annual leave
- Education assistance and professional memberships
- Cycle to work scheme

Liffey Clinical Data is an equal opportunities employer. We welcome applicants regardless of gender, civil status, family status, sexual orientation, religion, age, disability, race or membership of the Traveller community.

Apply at example.com/liffeyclinical""", S2),

("""Build & Release Engineer (80-100%)
Limmat Re Digital AG | Zurich, Switzerland | Hybrid

About us
Limmat Re Digital is the technology subsidiary of a mid-sized reinsurance group. We build the underwriting, treaty administration and catastrophe modelling applications used by underwriters and actuaries in Zurich, London and Singapore.

Your role
Our development teams and the operations team that runs our applications have worked separately for many years, and our release process reflects it: long handovers, manual installations and releases that need the whole weekend. We're looking for an engineer to automate how our software is delivered so that releases reach users reliably and efficiently, to help developers and operations collaborate day to day, and to keep improving the process step by step.

Your tasks
- Automate build, test and deployment of our .NET and Python applications
- Replace manual installation procedures with repeatable pipelines
- Facilitate collaboration between development and operations on release planning and reviews
- Work with Docker and OpenShift in our private cloud and with Azure for newer workloads
- Maintain Terraform and Ansible code
- Administer Azure Pipelines and Git repositories
- Support Linux and Windows servers
- Write scripts in PowerShell and Python
- Maintain Splunk dashboards and alerts for deployments
- Keep documentation current for auditors

Your profile
- Degree in computer science or equivalent
- 4+ years in build, release or infrastructure engineering
- Experience with CI/CD tooling, containers and infrastructure as code
- Fluent English; German is an advantage
- Experience in financial services is a plus

What we offer
- Salary CHF 120,000-145,000 (100%)
- Part-time possible (80-100%)
- Five weeks of vacation
- Excellent pension fund
- Half-fare travelcard and subsidised lunch
- Modern office near Hardbrücke

Limmat Re Digital values diversity and is committed to equal opportunities. We welcome applications from all qualified people regardless of gender, nationality, age, religion, disability or sexual orientation.

Apply at example.com/limmatre""", S4),

("""Senior Automation Engineer
Guayaba Domicilios S.A.S. | Bogotá, Colombia | Hybrid

About us
Guayaba is a food and grocery delivery app operating in nine Colombian cities, with 12,000 partner restaurants and shops and a fleet of independent couriers. Our technology team of 80 is split between Bogotá and Medellín.

About the role
Guayaba grew fast, and our engineering habits grew unevenly. Developers write code and pass it on; a small infrastructure operations group deploys it and keeps the servers running; the two meet mostly when something breaks. We want a senior engineer to help us build a culture of collaboration between them and to automate the way our software is built, deployed and maintained. You'll lead the adoption of continuous integration and delivery, container-based services and infrastructure as code, so we can release with more speed and less effort.

Responsibilities
- Lead the design of CI/CD pipelines for our backend, courier app and partner portal
- Move services off hand-configured virtual machines into containers
- Put our environments under infrastructure as code
- Work side by side with developers and operations staff so that both groups own releases together
- Manage AWS accounts, networking and IAM
- Write and review Terraform
- Support our EKS clusters and Docker registry
- Administer Linux servers during the migration
- Write automation in Python and Bash
- Maintain monitoring with Prometheus, Grafana and CloudWatch
- Mentor two mid-level engineers

Requirements
- 6+ years in infrastructure, automation or software engineering
- Deep experience with CI/CD, Docker and Terraform
- Kubernetes experience
- Ability to lead change across teams
- Spanish and professional English

What we offer
- Salary COP 18-24 million per month (integral salary available)
- Prepaid health plan (medicina prepagada) for you and your family
- Food delivery credits, of course
- Hybrid work with offices in Chapinero
- English classes and a training budget

Guayaba is an equal opportunity employer. We value diversity and welcome applications from people of all genders, ethnicities, ages, religions, sexual orientations and abilities.

Apply at example.com/guayaba""", S0),

("""Build and Release Engineer
Powderline Resorts Technology | Denver, CO | Hybrid

About us
Powderline builds the ticketing, lodging reservation and ski school booking software used by 30 mountain resorts in North America. On a busy Saturday in February, our systems sell around 200,000 lift tickets before 9 a.m. Our engineering team has 50 people.

About the role
Our engineers spend too much of their week getting code out the door instead of writing it. Builds are slow, the test environment is shared and often broken, and deploying means following a wiki page step by step. In this role, you'll help our software engineers move their work from a laptop to the live service by owning the building, testing and deployment stages in between. Think of it as running the assembly line that turns a pull request into a running feature. Engineers are your customers.

What you'll do
- Own the CI/CD pipelines for our web, mobile and backend applications
- Speed up builds and add reliable automated test stages
- Automate deployments so no one needs to follow a wiki page to ship
- Manage AWS accounts and networking alongside the infrastructure team
- Write and maintain Terraform
- Build and maintain Docker images and ECS task definitions
- Administer Linux build agents
- Write scripts in Python or Bash
- Maintain CloudWatch and Datadog dashboards
- Join a shared on-call rotation during the winter season

What you bring
- 3+ years in build and release, system administration or software development
- Experience with a CI/CD system
- Docker and AWS
- Infrastructure-as-code experience
- Comfort talking with developers about what slows them down

Benefits
- $115,000-$140,000 base salary
- Medical, dental and vision insurance
- 401(k) with 4% match
- Season passes to partner resorts for you and a guest
- 20 days PTO plus holidays
- Hybrid schedule with two office days in Denver

Powderline is an equal opportunity employer. Employment decisions are based on qualifications, merit and business need, without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.

Apply at example.com/powderline""", S3),

("""Principal Engineer, Deployment Experience
Cascadia People Software | Seattle, WA | Hybrid or Remote (US)

About us
Cascadia builds HR and payroll software for companies with 100 to 5,000 employees. Around 4,000 customers and 1.2 million employees use it to get paid, request time off and enrol in benefits. Our engineering organisation has 350 people in 40 teams.

About the role
At our size, how code reaches production matters as much as the code itself. Today most teams rely on a central release group, and provisioning a new service takes a week of tickets. We want product teams to control their own delivery: push code, let automation build, test and roll it out through GitOps, and bring new infrastructure along in the same change. As Principal Engineer, you will set the direction for that transformation and keep raising developer speed across the organisation.

What you'll do
- Define the architecture for self-service, Git-driven deployment across all teams
- Design a safe way for teams to provision the infrastructure their services need from their own repositories
- Identify and remove the largest sources of developer delay, from CI queue times to environment setup
- Advise on AWS account strategy, networking and IAM
- Set standards for Terraform modules and Kubernetes manifests
- Review the design of internal tooling written in Go
- Guide the evolution of our observability tooling
- Mentor staff and senior engineers across the infrastructure organisation
- Take part in architecture review and incident review forums

What you bring
- 12+ years of software or infrastructure engineering
- Deep expertise in CI/CD, Kubernetes and GitOps
- Strong programming skills and experience building tools used by hundreds of engineers
- A track record of leading technical change across many teams
- Excellent written communication

Compensation and benefits
- Base salary $230,000-$275,000 plus equity and annual bonus
- Comprehensive medical, dental and vision coverage
- 401(k) with 5% match
- Flexible time off and 16 weeks of paid parental leave
- Annual wellness and learning stipends

Cascadia People Software is an equal opportunity employer and participates in E-Verify. We welcome applicants of all backgrounds and provide reasonable accommodations for candidates with disabilities.

Apply at example.com/cascadia""", S1),

("""Release Engineer
Kōwhai Dairy Cooperative - Digital Services | Hamilton, New Zealand | Hybrid

About us
Kōwhai is a farmer-owned dairy cooperative with 2,800 member farms. Our Digital Services team builds the apps farmers use to track milk collection, quality results and payments, and the systems our tanker drivers and processing plants depend on.

About the role
Our developers deliver good software, but slowly. Releases happen every six weeks and involve long manual testing, overnight change windows and a lot of back-and-forth between our development team and our IT operations team. We want to speed up how we deliver software, release more often and improve quality. You'll build the automation that makes that possible (CI/CD, infrastructure as code, monitoring and logging built into releases) and help development and IT operations work as partners.

What you'll do
- Build automated pipelines for building, testing and releasing our apps and services
- Introduce infrastructure as code into the release process
- Set up logging and monitoring so we can see how each release performs
- Help development and IT operations agree on shared release practices and measures
- Manage Azure subscriptions and networking with the infrastructure team
- Write Terraform and Bicep
- Support containerised services on Azure Container Apps and AKS
- Maintain Windows and Linux servers used by older systems
- Script tasks in PowerShell or Python
- Contribute to change management and documentation

What you bring
- 3+ years in release engineering, infrastructure or software development
- Experience with Azure Pipelines, GitHub Actions or similar
- Terraform or Bicep experience
- Docker and some Kubernetes
- Good relationships with both developers and operations staff
- Agricultural knowledge is not required but you'll pick some up

What we offer
- Salary NZD $115,000-$135,000
- KiwiSaver employer contribution of 4%
- Health insurance subsidy
- Five weeks annual leave
- Dairy products at member prices
- Flexible and hybrid work

Kōwhai is an equal opportunity employer. We value diversity and welcome applications from Māori, Pasifika, people with disabilities and people of all genders and backgrounds.

Apply at example.com/kowhai""", S2),

("""Associate Build & Release Engineer
Wawel Travel Systems sp. z o.o. | Kraków, Poland | Hybrid

About us
Wawel Travel Systems builds booking, check-in and loyalty software for mid-sized airlines and tour operators. Our 240 engineers in Kraków and Gdańsk maintain applications used by 15 million travellers a year.

About the role
Our development teams and our operations centre have traditionally worked in separate silos, and releases still involve manual steps, spreadsheets and late-night calls. We are building a small team whose job is to automate software delivery so that releases go out reliably and efficiently, to encourage collaboration between developers and operations, and to keep improving how we release. As an associate engineer, you will learn from two senior colleagues and take on more responsibility as you grow.

Your responsibilities
- Help automate builds, tests and deployments of our Java and Angular applications
- Turn manual release steps into pipeline jobs
- Join release planning with developers and operations staff and help improve the process
- Work with Docker images and Kubernetes deployments
- Make small changes to Terraform and Ansible code under review
- Maintain Jenkins and GitLab CI configuration
- Administer Linux build agents
- Write scripts in Bash and Python
- Keep Grafana dashboards for release tooling up to date

Our requirements
- Degree in computer science or a related field, or equivalent experience
- 0-2 years of experience; internships count
- Basic Linux, Git and scripting skills
- Interest in automation and teamwork
- Good English; Polish is helpful

We offer
- Salary 9,000-12,500 PLN gross per month (employment contract)
- Private medical care and Multisport card
- Mentoring programme and paid certifications
- Flexible working hours
- Travel discounts with our airline customers

We are an equal opportunity employer. We welcome candidates of all genders, ages, nationalities, religions, abilities and sexual orientations.

Apply at example.com/waweltravel""", S4),

("""Infrastructure Automation Engineer (12-month contract, possible extension)
Juniper Civic Solutions, on behalf of a State Department of Motor Vehicles | Remote (US), occasional travel to Sacramento

About us
Juniper Civic Solutions is a government technology contractor modernising legacy systems for state agencies. Our current engagement replaces a 30-year-old licensing and registration system with modern web services.

About the role
The agency's developers and its IT operations staff have long worked in separate divisions, and software releases can take months. Our mandate includes helping them build a culture of collaboration and automating the development, deployment and maintenance of the new system. You will introduce continuous integration and delivery, containerised services and infrastructure as code, and coach agency staff to use them, so that improvements reach residents faster.

Responsibilities
- Build CI/CD pipelines for the new licensing and registration services
- Containerise services and manage environments with infrastructure as code
- Run working sessions with agency developers and operations staff to establish a shared delivery process
- Manage AWS GovCloud accounts and networking
- Write Terraform and Ansible
- Support EKS clusters
- Administer Linux servers
- Write automation in Python and Bash
- Configure monitoring in CloudWatch and Splunk
- Produce documentation that meets agency security and accessibility standards

Qualifications
- 5+ years of infrastructure automation or related experience
- Experience with CI/CD, containers and infrastructure as code
- Experience in public sector or regulated environments
- Ability to obtain a state background check
- Strong facilitation and written communication skills

Compensation and benefits
- $75-$95 per hour (W-2) depending on experience
- Medical, dental and vision insurance
- Paid holidays and sick leave
- Travel expenses reimbursed

Juniper Civic Solutions is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.

Apply at example.com/junipercivic""", S0),
]

# ---------------------------------------------------------------------------------------------
# sre: production health, reliability and availability, monitoring and alerting, SLOs, error
# budgets, incident response, postmortems, performance, capacity, fault tolerance, recovery
# ---------------------------------------------------------------------------------------------
SRE = [
# --- short, thread-style ---
("""Production Engineer | Lumicast Video | Remote (US/Canada) | $165k-$195k
Lumicast hosts live video for 4,000 churches, schools and town councils. Sunday morning is our Black Friday. We need someone whose whole attention is on what happens after code ships: set service level objectives with each team, alert on what actually hurts viewers, run the incident when a stream drops, and write the review afterwards so it doesn't happen twice. You'll also be the one who digs into the odd memory growth on our transcoders that nobody else has had time to chase. Prometheus, Grafana, PagerDuty, Go. jobs@example.com""", S1),

("""Reliability Engineer - Tessaract Payments - London (hybrid) - £90k-£115k
Card payments for 30,000 UK merchants run through our systems, spread across three cloud regions and two data centres. Your focus is keeping that distributed estate available and quick: monitoring that covers every critical path, failover that works without a human, backups we've actually restored, and regular recovery drills. You'll partner with product teams but you won't build payment features. Kubernetes, Postgres, Kafka, Terraform. careers@example.com""", S0),

("""Systems Engineer, Production | Brookvale Telehealth | Denver | Hybrid | $130k-$160k
Think of this job as the mechanic for our video visits. Once software is live, you keep it running well: respond first when a clinic can't connect, find the fault and repair it, do the regular maintenance that prevents the next breakdown, tune the pieces that have started to drag, and forecast how much capacity we'll need before flu season. A background in software engineering or Linux administration is what we look for. Paid on-call, one week in six. Apply at example.com/brookvale""", S3),

("""Ardent Mile (YC W23) | Infrastructure Engineer, Reliability | SF | $175k-$210k + equity | Our route-planning API answers 40 million requests a day for delivery fleets, and customers notice within minutes when it slows. We need someone who works backward from production: agree on latency and availability targets with customers, track how much of our error budget each release burns, own paging and incident response, and run blameless postmortems. You'll also love the hard tickets: a p99 creeping up, a goroutine leak, a cache that misbehaves only under load. founders@example.com""", S1),

("""Production Operations Engineer
Halcyon Grid Services | Glasgow | £60k-£78k
Our software balances electricity demand for 200,000 homes with smart meters and batteries. If it stops, the grid operator notices. You'll keep our distributed services available and responsive: build monitoring across regions, design for fault tolerance so a failed node is a non-event, and own disaster recovery plans and tests. On-call rota with a generous allowance. Apply at example.com/halcyongrid""", S0),

("""Reliability Engineer | Cartwright Logistics | Memphis, TN | Onsite | $115k-$140k
Our sorting centres run 24/7 on software we wrote. When a scanner service falls over at 3 a.m., packages stop moving. You'll be the first responder for those outages, fix what broke and find out why, handle the routine upkeep of our production systems, tune performance as volumes grow, and plan capacity for peak season using real forecasts, not guesses. Strong Linux administration or backend development background required. careers@example.com""", S3),

("""Senior Production Engineer | Kestrelline Ads | NYC | Hybrid | $190k-$230k
Our ad server answers 2 million bid requests a second. Your job is to keep that production healthy. Concretely: define SLOs with the bidding, reporting and billing teams and hold them to their error budgets; make alerting quiet but trustworthy; lead major incidents; and run postmortems that end with changes, not just documents. When latency jumps or a process leaks memory, you're the one we want diving in. Apply at example.com/kestrelline""", S1),

("""Cloud Reliability Engineer | Nordhavn Shipping Data | Copenhagen | Hybrid | DKK 60k-75k/month
Nordhavn tracks 40,000 vessels worldwide for insurers and port authorities. Our services are spread across regions and have to stay up when a region doesn't. You'll own availability and performance for the critical ones: monitoring and alerting, redundancy and graceful degradation, backup and cross-region recovery, and regular drills. English-speaking team. Apply at example.com/nordhavn""", S0),

("""Production Engineer (entry level welcome) | Sweetbay Bakeries Online | Remote (US) | $95k-$115k
We sell baked goods online for 300 neighbourhood bakeries. Holidays bring ten times our normal traffic. You'll help keep the site running smoothly after code ships: be the first to jump in on an outage, repair and maintain our production services, speed up slow pages and queries, and help us plan capacity ahead of Thanksgiving and Christmas. If you have a sysadmin or software background and like fixing things, apply at example.com/sweetbay""", S3),

("""Infra / Reliability - Ondine Health - Boston - $170k-$200k
Ondine runs remote monitoring for heart patients; our alerts reach cardiologists. Production has to stay healthy, and you'd own that: SLOs for the alert pipeline, alerting we trust, the incident process, postmortems, and the deep-dive debugging when something degrades. Hospital customers, so the bar is high and the work matters. Kubernetes on AWS, Go, Python. Apply at example.com/ondine""", S1),

("""Reliability Engineer | Saguaro Cloud Gaming | Phoenix | Hybrid | $145k-$175k
Saguaro streams console games to phones, so a few milliseconds matter and a dropped region matters more. Keep our large, distributed streaming fleet available and fast: monitoring down to the frame, fault tolerance across edge sites, tested disaster recovery for our control plane. You'll work alongside the game-streaming developers but you won't build game features. careers@example.com""", S0),

("""Senior Systems Engineer, Production | Harbourview Bank | Halifax, NS | Hybrid | CAD $120k-$145k
Our online banking has to work at 2 a.m. on payday. You'll be the person who keeps it working: first response on outages, repair and root cause, scheduled maintenance, performance tuning of our Java services and Oracle databases, and capacity forecasts for the next two years. Experience as a Linux or database administrator, or as a backend developer, is a strong fit. Apply at example.com/harbourview""", S3),

("""Production Engineer | Quillfeather Docs | Remote (EU) | €80k-€100k
Quillfeather is collaborative writing software with 2 million users. We want an engineer who cares about production first. You'll set objectives for uptime and latency, define what pages someone and what doesn't, coordinate incidents, write honest postmortems, and go hunting when something is slow or leaking. Your teammates ship features; you keep the service they ship into in good health. hello@example.com""", S1),

("""Cairnhill Exchange | Reliability Engineer | Singapore | Hybrid | SGD 130k-170k
Our trading venue serves brokers across Asia, and downtime is measured in regulator letters. You'll make sure our distributed order and market-data services stay available and responsive: monitoring on every critical path, fault-tolerant designs with active-active failover, and disaster recovery plans we rehearse every quarter. Linux and networking depth expected. Apply at example.com/cairnhill""", S0),

("""Production Reliability Engineer | Crestfall Outdoor Retail | Salt Lake City | $120k-$150k
Keep our store, app and inventory systems running for customers: respond to outages first, fix and maintain production, tune performance so pages stay fast under sale-day traffic, and forecast capacity months ahead. You'll be on call with a rotation of six. A background in backend development or systems administration is ideal. Gear discount is ridiculous. jobs@example.com""", S3),

("""Reliability Lead | Tinderbox Rail Analytics | Chicago | Hybrid | $180k-$215k
Tinderbox predicts track and wagon failures for freight railroads. Lead a small team that owns production health: SLOs and error budgets agreed with product, alerting design, the incident process, postmortem culture, and performance investigations when our pipelines slow. You'll set the standards and still carry a pager sometimes. Apply at example.com/tinderboxrail""", S1),

("""Systems Engineer, Availability | Harrowgate University Hospitals IT | Nottingham | £55k-£68k
Clinical systems across three hospitals depend on a set of distributed services we host. This role focuses on keeping those critical services available and well-performing: monitoring, resilient and fault-tolerant designs, and disaster recovery planning and testing with the clinical teams. NHS pension, 27 days leave plus bank holidays. Apply via example.com/harrowgate-nhs""", S0),

("""Reliability Engineer (mid-level) | Otterpool Pet Insurance | Remote (UK) | £65k-£80k
When a vet's claim submission fails, a worried pet owner waits. You'll keep our claims and policy systems healthy in production: first responder for incidents, repairs and routine maintenance, performance tuning for our APIs and database, and capacity planning so spring renewals don't catch us out. Software engineering or sysadmin background welcome. hello@example.com""", S3),

("""Production Engineer - Mistletoe Games - Vancouver - CAD $130k-$160k
Mistletoe runs the servers for a live multiplayer game with 900k daily players. After launch, the job is keeping production alive: objectives for matchmaking time and login success, alerting, incident command during events, postmortems, and chasing down the lag spikes and memory bloat that players post about. jobs@example.com""", S1),

("""Reliability Engineer | Pampas Streaming | Buenos Aires (remote within Argentina) | USD 4k-5.5k/month
Pampas streams football and music to 5 million subscribers across South America. Match days are brutal. Your job is keeping our distributed video and auth services up and fast: monitoring, fault tolerance across zones, and disaster recovery we actually rehearse. Spanish and English. Apply at example.com/pampas""", S0),

("""Production Support Engineer, Tier 3 | Glenrock Payroll | Cincinnati | Hybrid | $105k-$125k
Payroll runs have to finish on time. You'll be the mechanic for our production systems: first response on outages and failed batch runs, repair, regular maintenance, performance tuning of our jobs and databases, and capacity forecasting ahead of year-end. Linux admin or software development experience required. Apply at example.com/glenrock""", S3),

("""Staff Production Engineer | Fennimore Search | Remote (US) | $210k-$250k
Fennimore powers search for 800 online stores. We want a staff engineer who lives in production: set the organisation's SLOs and error budget policy, redesign alerting so it pages on customer pain, coach teams through incident response and postmortems, and personally go after the hardest degradations (GC pauses, index bloat, tail latency). careers@example.com""", S1),

("""Reliability Engineer | Kalahari Connect | Johannesburg | Hybrid | ZAR 700k-900k
Kalahari runs prepaid electricity and airtime sales for 25,000 retailers. The services must be there whenever a customer is at the till. Keep our distributed systems available and performant: monitoring, fault tolerance, redundancy across data centres, and disaster recovery tests twice a year. Apply at example.com/kalahari""", S0),

("""Reliability Engineer | Lindqvist Elevators Digital | Helsinki | €65k-€82k
Our cloud service watches 60,000 connected elevators and dispatches technicians. You'll keep that service running well for building owners: respond first to outages, fix and maintain it, tune performance as more elevators connect, and forecast capacity. Background in software development or Linux administration expected. Apply at example.com/lindqvist""", S3),

("""Senior Production Engineer | Oakmere Legal Cloud | Remote (UK/EU) | £95k-£115k
Law firms bill by the hour, so our downtime costs them real money. Own production health: SLOs per product, error budgets that actually gate risky releases, useful alerting, the incident process and blameless reviews. You'll also be our best debugger when something in production gets slow or eats memory. Apply at example.com/oakmere""", S1),

("""Infrastructure Engineer, Resilience | Calloway Air Cargo | Miami | $130k-$155k
Our booking and tracking services run across two clouds and must survive the loss of either. You'll focus on availability and performance of those distributed systems: monitoring, fault-tolerant architecture, failover automation, and a disaster recovery plan tested every quarter. careers@example.com""", S0),

("""Junior Reliability Engineer | Tindale Ticketing | Manchester | £40k-£50k
Learn to keep a busy ticketing site healthy. With a senior engineer beside you, you'll respond to outages, repair and maintain production services, help tune slow pages before big on-sales, and work on capacity forecasts. Some Linux admin or programming background needed. Apply at example.com/tindale""", S3),

("""Head of Production Engineering | Brightwell Insurance Digital | Remote (US East) | $210k-$240k
Build and lead a team of four focused on the health of production. You'll set SLOs and error budget policy, own alerting strategy and incident management, run the postmortem program, and guide the hard performance investigations. You'll report to the CTO and partner with every product group. Apply at example.com/brightwell""", S1),

("""Reliability Engineer | Skerry Weather Data | Bergen | NOK 800k-950k
Airlines and shipping firms rely on our forecast feeds every minute. Keep our distributed ingest and delivery services available and fast: monitoring, fault tolerance across regions, and rehearsed disaster recovery. No forecasting knowledge needed, just a love of things that stay up. Apply at example.com/skerry""", S0),

("""Production Engineer | Rivergate Marketplace | Austin | Hybrid | $140k-$170k
You're the mechanic for our marketplace once it's live: first responder for outages, repairs and upkeep, performance tuning of services and databases, and capacity forecasts so holiday peaks stay boring. Backend development or Linux administration background needed. Apply at example.com/rivergate""", S3),
# --- long, corporate ---
("""Senior Production Engineer
Inkwell Signatures | Austin, TX (hybrid) or Remote (US)

About Inkwell
Inkwell is an electronic signature and document workflow service used by 60,000 businesses, from two-person real estate offices to national insurers. About 1.5 million documents are signed through Inkwell every day, and many of them are time-sensitive: closing deadlines, loan approvals, employment offers.

The role
Our product teams build and ship features quickly. Someone has to make sure that what they ship stays healthy once it's running, and that's the team you're joining. You'll approach our systems from the production side: what do customers experience, how do we know when it gets worse, and what do we do about it? You'll enjoy being called in when a service slows down or misbehaves and you'll stay until you understand why.

What you'll do
- Work with product teams to define service level objectives for signing, document storage and notifications, and track error budgets against them
- Design alerting that pages on customer-facing symptoms and retire the noisy alerts nobody trusts
- Lead incident response for major outages and run blameless postmortems that produce real follow-up work
- Investigate production problems in depth: memory leaks, latency regressions, database contention
- Manage AWS accounts, VPCs and IAM policies with the infrastructure team
- Write and review Terraform
- Operate our Kubernetes (EKS) clusters and Helm releases
- Maintain CI pipelines for infrastructure code
- Administer Linux hosts and container images
- Write tooling in Go or Python
- Configure Datadog dashboards, monitors and log pipelines

What you bring
- 6+ years of experience in backend, infrastructure or production engineering
- Deep Linux knowledge and strong debugging skills
- Experience running services on AWS and Kubernetes
- Terraform or similar
- Programming ability in Go, Python or Java
- Calm communication during incidents

Benefits
- Base salary $170,000-$205,000 plus equity
- Medical, dental and vision, 100% covered for you and 80% for dependants
- 401(k) with 4% match
- Flexible PTO with a 15-day minimum
- 16 weeks paid parental leave
- Home office stipend and paid on-call

Inkwell is an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, gender identity, age, marital status, veteran status or disability. We provide reasonable accommodation to applicants who need it.

Apply at example.com/inkwell/careers""", S1),

("""Reliability Engineer II
Nivesh Securities Technology | Mumbai (Lower Parel) | Hybrid

About us
Nivesh is a discount brokerage app with 8 million registered investors. On an ordinary weekday, our systems process around 4 million orders, most of them in the first and last half hour of market hours. Our technology team has 260 engineers.

About the role
Our order routing, market data and portfolio services form a large distributed system spread across two data centres and a public cloud region. During market hours, every one of them must be available and fast; a few minutes of downtime at 9:15 a.m. makes the news. In this role you will focus on keeping our critical services reliable and performant, using strong monitoring, fault-tolerant designs and well-rehearsed disaster recovery.

Key responsibilities
- Build and maintain monitoring across our trading and market data services
- Design and review fault-tolerant architectures, including active-active setups and graceful degradation
- Own disaster recovery plans for critical services and run regular failover drills with exchange-mandated timelines
- Work with product teams to raise availability and performance of critical paths
- Manage infrastructure across AWS and our on-premises data centres
- Write Terraform and Ansible
- Operate Kubernetes clusters and Linux servers
- Maintain CI/CD pipelines for infrastructure code
- Write automation in Python, Go or shell
- Maintain Prometheus, Grafana and ELK
- Participate in the market-hours on-call rotation

Requirements
- 3-6 years of experience in infrastructure, systems or backend engineering
- Strong Linux and networking fundamentals
- Experience with Kubernetes and a public cloud
- Scripting or programming skills
- Experience in capital markets is a plus

What we offer
- CTC ₹35-50 LPA
- Medical insurance for you, your spouse, children and parents
- ESOPs
- Flexible hybrid schedule outside market hours
- Learning budget and certification reimbursement

Nivesh is an equal opportunity employer. We welcome applicants of all genders, religions, castes, regions, abilities and sexual orientations.

Apply at example.com/nivesh""", S0),

("""Systems Engineer, Production Operations
Silverstrike Hospitality Systems | Las Vegas, NV | On-site

About us
Silverstrike builds reservation, property management and loyalty software for 140 hotels and resorts. Our systems check in guests, encode room keys, post charges to folios and handle millions of loyalty transactions each month. Our technology team of 70 works from our Las Vegas office.

About the role
A hotel never closes. Once our software is in production, it needs someone who looks after it the way a good mechanic looks after a vehicle: fixing it when it breaks, servicing it regularly so it doesn't, and tuning it so it performs well. You'll be among the first to respond when a property reports an outage, you'll repair and maintain our production systems, you'll improve performance as our customers grow, and you'll help forecast how much capacity we need for convention season and New Year's Eve. We're looking for someone from a solid software engineering or systems administration background.

Responsibilities
- Act as a first responder for production outages and incidents, working to restore service and identify causes
- Carry out scheduled maintenance, patching and upgrades of production systems
- Tune the performance of applications, databases and caches
- Forecast capacity needs and plan growth with engineering leadership
- Manage virtual machines in our data centre and resources in Azure
- Write and maintain Terraform and Ansible
- Support Kubernetes workloads and Docker images
- Administer Linux and Windows Server
- Write scripts in PowerShell, Python or Bash
- Maintain monitoring in Zabbix and Grafana
- Keep runbooks and documentation up to date

Qualifications
- 4+ years in systems administration, software engineering or production support
- Strong Linux skills; Windows Server experience is a plus
- SQL Server or PostgreSQL performance experience
- Scripting skills
- Willingness to join an on-call rotation (one week in five, with compensation)

Benefits
- $110,000-$135,000 depending on experience
- Medical, dental and vision insurance
- 401(k) with 5% match
- Hotel discounts across our customer network
- Three weeks PTO plus holidays
- Free parking and an on-site gym

Silverstrike Hospitality Systems is an equal opportunity employer. We do not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.

Apply at example.com/silverstrike""", S3),

("""Staff Reliability Engineer
Klangfors Music AB | Stockholm, Sweden | Hybrid

About Klangfors
Klangfors is a music streaming service focused on independent labels and artists, with 11 million listeners in 60 countries. We pay artists per stream, so every play we fail to serve is money they don't get.

About the role
As a Staff Reliability Engineer you will set the direction for how Klangfors keeps production healthy. You'll look at our services from the production end: how they behave for listeners, how we notice when they degrade, and how we respond. You'll define reliability practices for 30 teams, lead our most difficult incidents and debug problems that others have given up on.

What you'll do
- Define and roll out service level objectives and an error budget policy across all product teams
- Redesign our alerting so that pages mean real listener impact
- Shape and lead our incident response process and postmortem culture
- Personally investigate the hardest production issues, from memory leaks in playback services to slow degradation in search
- Work with infrastructure colleagues on our GCP projects, networking and IAM
- Review and write Terraform
- Operate GKE clusters and service mesh configuration
- Maintain CI/CD for infrastructure repositories
- Write tools in Go and Python
- Improve our Prometheus, Grafana and OpenTelemetry setup
- Mentor engineers across teams

What you bring
- 10+ years of experience in software, infrastructure or production engineering
- Deep understanding of distributed systems and Linux internals
- Extensive experience running services on Kubernetes in a public cloud
- Proven incident leadership
- Strong programming skills
- Excellent written English

What we offer
- SEK 85,000-105,000 per month
- Occupational pension (ITP) and private health insurance
- 30 days of vacation
- Wellness allowance of SEK 5,000 per year
- Parental leave top-up to 90% of salary
- Free premium subscription, obviously

Klangfors is an equal opportunity employer. We believe music belongs to everyone and so do our jobs. We welcome applications from people of all backgrounds, genders, ages, abilities and identities.

Apply at example.com/klangfors""", S1),

("""Ingénieur·e Fiabilité Cloud / Cloud Reliability Engineer
Azurine Space Imaging | Toulouse, France | Hybrid

About us
Azurine operates a constellation of 24 Earth observation satellites and delivers imagery to agriculture, insurance and defence customers within an hour of capture. Our ground segment and delivery services are spread across three ground stations and two cloud regions.

About the role
Our customers depend on imagery arriving on time, and the system that gets it to them is large and distributed: downlink processing at ground stations, image pipelines in the cloud, and delivery APIs. You'll concentrate on the reliability and availability of these critical services. That means strong monitoring across every stage, fault-tolerant design so that losing a ground station or a cloud zone doesn't stop delivery, and disaster recovery plans that we test regularly.

Your responsibilities
- Build monitoring for the end-to-end imagery pipeline, from downlink to delivery
- Design and improve fault tolerance across ground stations and cloud regions
- Own disaster recovery plans and lead regular recovery exercises
- Work with product teams to keep critical services available and fast
- Manage AWS accounts and on-premises infrastructure at ground stations
- Write Terraform and Ansible
- Operate Kubernetes clusters
- Administer Linux servers
- Maintain CI/CD pipelines for infrastructure
- Write automation in Python
- Maintain Prometheus, Grafana and Loki

Your profile
- 4+ years in infrastructure, systems or backend engineering
- Strong Linux and networking knowledge
- Experience with Kubernetes and a public cloud
- Python scripting
- French or English; both is ideal
- Eligibility for security clearance (habilitation) is a plus

What we offer
- €58,000-€72,000 gross per year
- RTT days and 25 days of paid leave
- Mutuelle health insurance and meal vouchers
- Remote work allowance
- Profit-sharing scheme

Azurine is committed to diversity and equal opportunity. All applications are considered regardless of gender, age, origin, disability, religion or sexual orientation. This position is open to people with disabilities.

Apply at example.com/azurine""", S0),

("""Associate Production Reliability Engineer
Brandywine Student Loan Servicing | Wilmington, DE | Hybrid

About us
Brandywine services student loans for more than 2 million borrowers on behalf of lenders and guarantee agencies. Borrowers use our website and phone systems to make payments, change repayment plans and apply for forgiveness programs.

About the role
This is an early-career role on our production operations team. Once our applications are live, this team keeps them running: like a maintenance crew for software, we fix what breaks, service what needs servicing and tune what is running slowly. You'll learn to be a first responder when borrowers can't log in or payments fail, to carry out routine maintenance, to find performance problems, and to help forecast the capacity we need for busy periods like the end of payment pauses. You'll be paired with a senior engineer throughout your first year.

What you'll do
- Respond to production incidents and outages alongside senior engineers
- Perform scheduled maintenance and patching of production systems
- Help investigate and tune slow applications and database queries
- Contribute to capacity forecasts for peak periods
- Learn to manage AWS resources and Terraform code
- Work with Docker images and ECS services
- Administer Linux and Windows servers
- Write scripts in Python, PowerShell or Bash
- Monitor systems with Dynatrace and CloudWatch
- Keep runbooks clear and current

What you bring
- Associate's or bachelor's degree in IT or computer science, or equivalent experience
- 0-2 years of experience in systems administration, software development or IT support
- Basic Linux and scripting skills
- A methodical approach to troubleshooting
- Willingness to join an on-call rotation after training

Benefits
- $75,000-$90,000 base salary
- Medical, dental and vision insurance
- 401(k) with 6% match
- Student loan repayment assistance of $100 per month
- 18 days PTO plus 10 holidays
- Tuition reimbursement

Brandywine Student Loan Servicing is an equal opportunity employer. We value diversity and do not discriminate based on race, color, religion, sex, national origin, age, disability, sexual orientation, gender identity or veteran status.

Apply at example.com/brandywine""", S3),

("""Engineering Manager, Production Engineering
Sahra Eats FZ-LLC | Dubai, UAE | On-site

About us
Sahra Eats is a food delivery app operating in the UAE, Saudi Arabia, Oman and Qatar, with 25,000 restaurant partners and 4 million monthly customers. Dinner on a Thursday night is our peak, and the whole region is hungry at once.

About the role
We're building a Production Engineering team to own the health of our production systems, and we want you to lead it. Your team of five will focus on how our services behave for customers, restaurants and riders in production. You'll establish reliability targets and the practices that support them, lead our response when things go wrong, and make sure we learn from each incident. You'll also be hands-on enough to join a deep investigation when a service degrades.

What you'll do
- Hire, lead and develop a team of five production engineers
- Introduce service level objectives and error budgets with product and engineering leadership
- Own the alerting strategy and the on-call program
- Lead the incident management process and postmortem reviews across engineering
- Partner with infrastructure on AWS account strategy, networking and security
- Oversee Terraform and Kubernetes practices
- Guide the observability stack (Datadog, OpenTelemetry)
- Work with CI/CD owners on safe rollout practices
- Manage vendor relationships and budget
- Report on reliability to the CTO every month

What you bring
- 8+ years in backend, infrastructure or production engineering, with 2+ years managing engineers
- Experience running large services on AWS and Kubernetes
- Strong incident leadership
- Clear, confident communication with executives
- Experience in delivery, ride-hailing or e-commerce is a plus

What we offer
- Tax-free salary AED 45,000-55,000 per month
- Annual flight home and housing allowance
- Comprehensive medical insurance for your family
- 30 days of annual leave
- Relocation support and visa sponsorship
- Monthly food credits

Sahra Eats is an equal opportunity employer. We hire based on merit and welcome applicants of all nationalities, genders, religions and backgrounds.

Apply at example.com/sahraeats""", S1),

("""Principal Reliability Engineer
Lakefront Clearing Corporation | Chicago, IL | Hybrid (3 days)

About us
Lakefront Clearing provides central clearing and settlement for futures and options contracts traded on three US exchanges. We stand between buyers and sellers of more than 5 million contracts a day, and our systems are designated as critical financial market infrastructure.

About the role
Our risk, margin and settlement services form a large distributed system across two data centres and a cloud region, and regulators require that it remain available and performant at all times. As Principal Reliability Engineer you'll set the technical direction for reliability across the firm: how we monitor, how we design for fault tolerance, and how we prepare for and recover from disaster. You'll work with architects and product engineers on every critical system.

Key responsibilities
- Define the firm's reliability standards and architecture patterns for critical services
- Lead the design of monitoring that covers every step of clearing and settlement
- Drive fault tolerance improvements, including active-active processing and automated failover
- Own the disaster recovery strategy and lead annual regulatory recovery tests
- Advise on infrastructure across on-premises data centres and AWS
- Review Terraform, Ansible and Kubernetes designs
- Guide Linux platform standards and hardening
- Evaluate observability and automation tooling
- Mentor senior engineers and contribute to hiring

Qualifications
- 12+ years in infrastructure, systems or software engineering, including senior technical leadership
- Deep expertise in distributed systems, Linux and networking
- Experience with regulated financial infrastructure
- Strong written communication for regulators and executives

Compensation and benefits
- Base salary $240,000-$285,000 plus annual bonus
- Medical, dental and vision insurance
- 401(k) with 6% match and profit sharing
- Four weeks PTO
- Commuter benefits and tuition assistance

Lakefront Clearing Corporation is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, veteran status or any other protected status.

Apply at example.com/lakefront""", S0),

("""Reliability Engineer, Metering Systems
Bunya Energy Networks | Brisbane, QLD | Hybrid

About us
Bunya Energy Networks distributes electricity to 1.4 million homes and businesses in south-east Queensland. Our digital team runs the systems that read smart meters, detect outages and dispatch field crews.

About the role
When storms roll through, our outage and metering systems are under the heaviest load exactly when customers need them most. In this role you'll keep those systems running well once they're in production. You'll be among the first to respond when something fails, repair and maintain the systems, tune performance, and forecast capacity so we are ready for the next storm season. You'll do for our software what our line crews do for the network.

What you'll do
- Respond first to production outages and incidents, restore service and find the cause
- Carry out routine maintenance, patching and upgrades
- Tune performance of metering data pipelines and outage maps
- Forecast load and plan capacity for storm season and meter rollout growth
- Manage Azure subscriptions and on-premises servers
- Write Terraform and Ansible
- Support Kubernetes and Docker workloads
- Administer Linux and Windows servers
- Write scripts in Python or PowerShell
- Maintain Splunk and Azure Monitor dashboards

What you bring
- 3+ years in systems administration, software development or production support
- Strong troubleshooting skills
- Linux and SQL experience
- Scripting ability
- Willingness to be part of a paid on-call roster
- Utility or OT experience is a plus

What we offer
- AUD $120,000-$140,000 plus 12% superannuation
- 9-day fortnight option
- Salary packaging and study support
- Paid parental leave
- Modern office in Fortitude Valley

Bunya Energy Networks is an equal opportunity employer. We welcome applications from Aboriginal and Torres Strait Islander peoples, women, people with disability, veterans and people from diverse cultural backgrounds.

Apply at example.com/bunya""", S3),

("""Production Engineer
Northstar Classroom Inc. | Remote (Canada) | Full-time

About Northstar
Northstar makes a learning management system used by 900 schools and 1.3 million students across Canada. Teachers post assignments, students submit work, and parents check grades, mostly between 8 a.m. and 10 p.m. and all at once on the first Monday of September.

About the role
We want an engineer who cares most about production. You'll watch how our services behave for students and teachers, set targets for how they should behave, and make sure we notice quickly when they drift. When something breaks, you'll help lead the response and make sure we learn from it. When something slows down for no obvious reason, you'll be the one who finds out why.

What you'll do
- Define service level objectives with product teams and track error budgets
- Improve alerting so that pages reflect real impact on students and teachers
- Coordinate incident response and facilitate blameless postmortems
- Investigate performance regressions, memory leaks and slow queries in production
- Manage AWS resources and IAM with the infrastructure team
- Write Terraform
- Operate EKS clusters and Helm charts
- Maintain CI pipelines for infrastructure code
- Administer Linux and PostgreSQL instances
- Write tooling in Python or Ruby
- Maintain Grafana, Prometheus and Sentry

What you bring
- 4+ years in backend, infrastructure or production engineering
- Strong Linux and debugging skills
- AWS and Kubernetes experience
- Programming in Python, Ruby or Go
- English required; French is an asset

Benefits
- CAD $125,000-$150,000
- Health, dental and vision benefits
- RRSP matching up to 5%
- Four weeks vacation plus a winter break
- $1,000 home office budget
- Professional development budget

Northstar Classroom is an equal opportunity employer. We welcome applications from Indigenous peoples, racialized people, people with disabilities, women and LGBTQ2S+ people, and we provide accommodations throughout the hiring process.

Apply at example.com/northstar""", S1),

("""Senior Infrastructure Engineer, Availability
Badger Clinical Hosting | Madison, WI | Hybrid

About us
Badger Clinical Hosting runs electronic health record systems on behalf of 35 community hospitals and 200 clinics in the Midwest. Doctors and nurses chart, order medications and review lab results on systems we host, around the clock.

About the role
When our systems are unavailable, hospitals fall back to paper. Our hosting environment is a large distributed system: application tiers, databases, interface engines and storage spread across two data centres and a cloud region. This role is about making sure those critical services stay up and respond quickly, every hour of every day. You'll build comprehensive monitoring, improve the fault tolerance of our architecture, and own disaster recovery planning and testing together with our hospital customers.

What you'll do
- Build and improve monitoring across application, database and interface tiers
- Design for fault tolerance, removing single points of failure and automating failover
- Own disaster recovery plans and run recovery tests with hospital IT teams twice a year
- Work with application teams to improve availability and response times
- Manage VMware, storage and network resources in our data centres
- Manage Azure subscriptions for newer workloads
- Write Terraform, Ansible and PowerShell
- Administer Linux and Windows Server
- Support our Kubernetes pilot
- Maintain SolarWinds, Grafana and Splunk
- Participate in a compensated on-call rotation

What you bring
- 7+ years in infrastructure or systems engineering
- Strong experience with high availability and disaster recovery designs
- Deep knowledge of Linux or Windows Server, storage and networking
- Automation skills
- Healthcare or other regulated industry experience preferred

Benefits
- $135,000-$160,000 base salary
- Medical, dental and vision insurance
- 401(k) with 5% match and annual profit sharing
- 23 days PTO plus holidays
- Tuition reimbursement and certification support

Badger Clinical Hosting is an equal opportunity and affirmative action employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.

Apply at example.com/badgerclinical""", S0),

("""Production Engineer - Telegraphy (SMS and voice APIs) - Remote (Europe, UTC-1 to UTC+3) - Full-time. About Telegraphy: developers use our APIs to send one-time passcodes, delivery notifications and appointment reminders to phones in 190 countries. We send about 30 million messages a day, and a failed passcode usually means a failed login for someone else's customer. About the role: Our engineering teams build carrier integrations and API features. You'll join a small team that looks at all of it from the other end, from production. You'll decide with teams what "healthy" means for each service, watch how far we are from it, respond when we slip, and make sure each incident leaves us better prepared. And you'll be the first person we call when a queue backs up or a service slowly eats its memory. What you'll do: - Define SLOs for message acceptance, delivery latency and API availability, and run our error budget policy - Rework alerting so it pages on customer-visible problems - Lead incident response and write or facilitate blameless postmortems - Debug complex production issues across services, queues and carrier connections - Manage our AWS accounts and IAM with the infrastructure group - Write and review Terraform - Operate EKS clusters - Maintain CI pipelines for infrastructure code - Administer Linux hosts and Kafka clusters - Write tooling in Go or Python - Maintain Prometheus, Grafana and Loki. What you bring: - 5+ years in backend, infrastructure or production engineering - Strong debugging skills and Linux knowledge - AWS and Kubernetes - Go, Python or Java - Incident leadership experience. What we offer: €85,000-€110,000 depending on location; stock options; 28 days of holiday; €1,500 yearly learning budget; paid on-call; company-wide offsite twice a year. Telegraphy is an equal opportunity employer. We hire people of every background, nationality, gender identity, sexual orientation, age and ability, and we'll make any adjustments you need during interviews. Apply at example.com/telegraphy""", S1),

("""Engenheiro(a) de Confiabilidade / Reliability Engineer
Catraca Mobilidade | São Paulo, Brazil | Hybrid

About us
Catraca sells digital bus and metro tickets in 14 Brazilian cities. About 2.5 million riders buy tickets or top up transit cards in our app every week, most of them during the morning and evening rush.

About the role
At 7:30 in the morning, a rider at a turnstile cannot wait for a slow app. Once our software is in production, we need an engineer who treats it the way a mechanic treats a busy fleet: repairs when something breaks, regular maintenance so it doesn't, and performance tuning so it runs smoothly. You'll be one of the first responders to outages, you'll keep our systems in good repair, and you'll forecast the capacity we'll need as we launch in new cities. We hire people with solid software engineering or systems administration backgrounds.

Responsibilities
- Respond to production outages and incidents, restore service and find the cause
- Carry out routine maintenance, upgrades and patching
- Tune the performance of our APIs, payment integrations and databases
- Forecast capacity for rush hours, holidays and new city launches
- Manage AWS accounts and networking
- Write Terraform
- Operate Kubernetes clusters and Docker images
- Administer Linux servers and PostgreSQL
- Write scripts in Python or Go
- Maintain Grafana, Prometheus and Sentry
- Document runbooks in Portuguese and English

Requirements
- 3+ years in software engineering, systems administration or production support
- Strong Linux and troubleshooting skills
- Experience with AWS and Kubernetes
- Scripting or programming skills
- Portuguese and intermediate English

What we offer
- Salary R$ 16,000-22,000 per month (CLT)
- Health and dental plan
- Meal and food allowance
- Transit pass on us, naturally
- Profit-sharing (PLR)
- Hybrid work with two office days on Avenida Paulista

Catraca is an equal opportunity employer. We welcome people of all races, genders, sexual orientations, religions, ages and abilities. Vacancies are also open to people with disabilities (PcD).

Apply at example.com/catraca""", S3),

("""Reliability Engineer, Network Cloud
Hanbit Mobile Technologies | Seoul, South Korea | Hybrid

About us
Hanbit builds cloud-native network functions (core, messaging and subscriber data) for mobile operators in Korea, Japan and Southeast Asia. Our software carries calls and data sessions for 35 million subscribers.

About the role
Telecom customers expect five nines, and our software now runs as a large distributed system on Kubernetes across many operator data centres. You'll focus on keeping these critical services continuously available and performant. Your tools will be deep monitoring, fault-tolerant design and rehearsed disaster recovery. You'll work closely with the development teams that write the network functions, but you won't build new protocol features.

Responsibilities
- Build monitoring for network functions, clusters and operator sites
- Improve fault tolerance through redundancy, geo-redundant deployments and automated failover
- Plan and run disaster recovery tests with operator customers
- Work with development teams to raise availability and performance
- Operate Kubernetes clusters on bare metal and in the cloud
- Write Terraform, Ansible and Helm charts
- Administer Linux servers and kernel networking settings
- Maintain CI/CD pipelines for infrastructure code
- Write automation in Python and Go
- Maintain Prometheus, Grafana and Elasticsearch

Requirements
- 4+ years in infrastructure, systems or telecom engineering
- Strong Linux, networking and Kubernetes skills
- Experience with high availability designs
- Python or Go
- Korean or English at a business level

Nice to have
- Familiarity with 3GPP core network concepts
- Experience with operator or carrier-grade environments
- Contributions to open-source cloud-native projects

What we offer
- Annual salary KRW 75-100 million
- Performance bonus
- Health check-ups and group insurance
- Flexible working hours
- Meal allowance and commuting support
- Education support and conference travel

Hanbit Mobile Technologies is an equal opportunity employer. We evaluate candidates on their skills and experience, regardless of gender, age, nationality, religion or disability.

Apply at example.com/hanbit""", S0),

("""Senior Production Engineer
Läänemere Exchange OÜ | Tallinn, Estonia | Hybrid or Remote (EU)

About us
Läänemere is a regulated digital asset exchange serving 700,000 customers in Europe. Markets never close, and our matching engine, wallets and payment rails run every minute of every day.

About the role
We have strong product teams building trading features. We need more people who own what happens after features ship. As a Senior Production Engineer you'll take responsibility for the health of production: agreeing on what good looks like for each service, knowing when we fall short, leading the response when things go wrong and making sure we learn from it. You'll also be a go-to person for the hardest debugging, whether that's a matching engine slowdown or a wallet service leaking memory.

What you'll do
- Define service level objectives for trading, wallets and payments and run error budgets against them
- Improve alerting and reduce pager noise
- Lead incidents, communicate status to customers and regulators, and run blameless postmortems
- Investigate and fix complex production performance problems
- Manage AWS accounts and our co-located hardware
- Write Terraform and Ansible
- Operate Kubernetes clusters
- Maintain CI/CD for infrastructure repositories
- Administer Linux servers and PostgreSQL
- Write tools in Go, Rust or Python
- Maintain Prometheus, Grafana and ClickHouse-based logging

What you bring
- 6+ years in backend, infrastructure or production engineering
- Strong Linux, networking and debugging skills
- Kubernetes and AWS experience
- A systems language (Go, Rust or C++) and Python
- Experience in trading or payments is a plus

What we offer
- €7,000-€9,000 gross per month
- Stock options
- Health insurance and sports compensation
- 28 days of holiday
- Relocation package to Tallinn
- Paid on-call

Läänemere is an equal opportunity employer. We welcome candidates of all backgrounds, nationalities, genders, ages and abilities, and we make interview adjustments on request.

Apply at example.com/laanemere""", S1),

("""Senior Systems Engineer - Production Support
Piedmont Dispatch Systems | Raleigh, NC | Hybrid

About us
Piedmont builds computer-aided dispatch and records software for 911 centres, police, fire and EMS agencies in 18 states. Dispatchers use our software to send help to people on the worst day of their lives.

About the role
Our software cannot be down. Once it's running in our hosted environment, this team keeps it in top shape: we respond immediately when something fails, we repair and maintain production systems, we tune them to perform under heavy load, and we forecast capacity so that a major storm or public event doesn't overwhelm us. You'll be a senior member of that team and help less experienced colleagues grow. We value backgrounds in systems administration and in software development equally.

Responsibilities
- Serve as a first responder for outages affecting dispatch centres, restore service and lead root-cause work
- Carry out planned maintenance and upgrades with minimal disruption
- Tune application, database and network performance
- Produce capacity forecasts and growth plans for hosted customers
- Mentor junior engineers on the team
- Manage Azure and on-premises infrastructure
- Write Terraform, Ansible and PowerShell
- Support containerised services on Kubernetes
- Administer Windows Server, Linux and SQL Server
- Maintain monitoring in PRTG and Azure Monitor
- Participate in the 24/7 on-call rotation

Qualifications
- 6+ years in systems administration, production support or software engineering
- Strong Windows Server and SQL Server skills; Linux a plus
- Scripting skills
- Ability to pass a CJIS background check
- Public safety experience is a plus

Benefits
- $115,000-$140,000 base salary
- Medical, dental and vision insurance
- 401(k) with 5% match
- 20 days PTO plus holidays
- Paid on-call stipend
- Tuition and certification support

Piedmont Dispatch Systems is an equal opportunity employer. We value diversity and do not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.

Apply at example.com/piedmontdispatch""", S3),

("""Cloud Reliability Engineer (m/w/d)
Mainflug Digital GmbH | Frankfurt am Main, Germany | Hybrid

About us
Mainflug Digital is the digital unit of a European leisure airline group. We build and run booking, check-in, boarding and crew apps for four airlines that fly 20 million passengers a year.

About the role
Departure control and boarding systems are critical: if they stop, aircraft stay at the gate. Our services are spread across multiple cloud regions and airport sites, and they must remain available and fast even when parts of the system fail. In this role you will focus on the reliability and availability of those services through thorough monitoring, fault-tolerant architecture and disaster recovery that we practise regularly.

Your tasks
- Build monitoring for booking, check-in and boarding services end to end
- Improve fault tolerance across regions and airport connections
- Own disaster recovery concepts and carry out regular recovery exercises
- Work with development teams to increase availability and performance of critical services
- Manage AWS accounts, networking and IAM
- Write Terraform
- Operate EKS clusters and Docker images
- Administer Linux servers
- Maintain CI/CD pipelines for infrastructure code
- Write automation in Python or Go
- Maintain Dynatrace and CloudWatch

Your profile
- 4+ years in infrastructure, cloud or backend engineering
- Strong Linux and networking skills
- AWS, Terraform and Kubernetes experience
- Experience with high availability or disaster recovery
- Very good English; German is a plus

Nice to have
- Experience in aviation or another industry with strict operational requirements
- Familiarity with airport networks and common-use systems
- Certifications in AWS or Kubernetes

What we offer
- €75,000-€92,000 gross per year
- 30 vacation days
- Staff travel benefits across the airline group
- Company pension and job ticket
- Hybrid work and flexible hours

Mainflug Digital welcomes all applications regardless of gender, nationality, ethnic or social origin, religion, disability, age or sexual orientation.

Apply at example.com/mainflug""", S0),

("""Lead Production Engineer
Shemesh Security Analytics | Tel Aviv, Israel | Hybrid

About us
Shemesh provides a cloud service that analyses email and identity signals to stop account takeover for 1,500 companies. If our service is slow, logins slow down; if it's down, attackers have an easier day.

About the role
We're looking for a Lead Production Engineer to own production health and lead a team of three. You'll set the standards for how our services should behave, track whether they do, and lead our response when they don't. You'll build a postmortem culture that produces change, and you'll still dive into the hardest production investigations yourself.

Responsibilities
- Lead and grow a team of three production engineers
- Set service level objectives and error budgets with product and R&D leadership
- Own alerting design and the on-call program
- Lead major incidents and run blameless postmortems
- Investigate deep performance and memory problems in production services
- Manage AWS and GCP accounts with the infrastructure team
- Write and review Terraform
- Operate Kubernetes clusters
- Maintain CI/CD for infrastructure code
- Write tools in Python and Go
- Maintain Prometheus, Grafana, Elasticsearch and Coralogix

Requirements
- 7+ years in backend, infrastructure or production engineering, including team leadership
- Strong Linux, networking and debugging skills
- Kubernetes and public cloud experience
- Programming in Python or Go
- Excellent Hebrew and English

Nice to have
- Experience in security products or other latency-sensitive services
- Familiarity with OpenTelemetry and distributed tracing
- Experience running multi-region, multi-cloud environments
- Public speaking or writing about production topics

What we offer
- Competitive salary and stock options
- Keren Hishtalmut and pension
- Private health insurance
- Flexible hybrid work
- Team events and a training budget

Shemesh is an equal opportunity employer. We welcome applicants of all genders, religions, backgrounds, ages and abilities.

Apply at example.com/shemesh""", S1),

("""Production Operations Engineer
Atacama Mining Analytics SpA | Santiago, Chile | Hybrid

About us
Atacama Mining Analytics provides telemetry and predictive maintenance software to copper and lithium mines in Chile, Peru and Argentina. Our services collect data from haul trucks, crushers and conveyors and warn operators before equipment fails.

About the role
We help mines keep their machines running, and we need someone to do the same for our software. Once our services are in production, you'll look after them like a mechanic looks after a fleet of trucks: respond quickly when something breaks, keep up with routine maintenance, tune performance, and forecast how much capacity we'll need as more mine sites connect. People with a strong background in software development or systems administration do well here.

Responsibilities
- Act as first responder to production outages and incidents
- Perform maintenance, upgrades and patching across cloud and mine-site systems
- Tune performance of ingestion pipelines and time-series databases
- Forecast capacity for new sites and growing data volumes
- Manage AWS accounts and edge servers at mine sites
- Write Terraform and Ansible
- Support Kubernetes and Docker
- Administer Linux servers
- Write scripts in Python or Bash
- Maintain Grafana, InfluxDB and Prometheus monitoring

Requirements
- 3+ years in systems administration, software engineering or production support
- Linux and networking skills
- Scripting ability
- Spanish and technical English
- Willingness to travel occasionally to mine sites

Nice to have
- Experience with industrial or IoT telemetry
- Familiarity with time-series databases
- AWS certification

What we offer
- Salary CLP 3.5-4.8 million per month
- Complementary health insurance
- Hybrid work
- Training budget
- Paid travel and allowances for site visits

Atacama Mining Analytics is an equal opportunity employer and complies with Ley 21.015 on the inclusion of people with disabilities. We welcome applicants of all backgrounds.

Apply at example.com/atacama""", S3),

("""Reliability Engineer
Spoorlijn Ticketing B.V. | Utrecht, Netherlands | Hybrid

About us
Spoorlijn builds ticketing, journey planning and check-in/check-out systems for rail and regional transport operators in the Netherlands and Belgium. Millions of travellers tap their cards or scan their phones on our systems every day. We are 140 people, most of them engineers, in an office five minutes' walk from Utrecht Centraal.

About the role
Our services form a large distributed system spanning cloud regions, station gateways and payment providers. If check-in fails, barriers stay closed and trains run late for the people in front of them. Your focus will be making sure these critical services remain available and responsive, through good monitoring, designs that tolerate failures, and disaster recovery we rehearse.

Your responsibilities
- Build monitoring across ticketing, check-in and payment services
- Improve fault tolerance of station gateways and cloud services
- Own disaster recovery plans and run regular exercises
- Work with development teams on availability and performance improvements
- Manage Azure subscriptions and networking
- Write Terraform
- Operate AKS clusters and Docker images
- Administer Linux servers
- Maintain CI/CD pipelines for infrastructure
- Write automation in Python or PowerShell
- Maintain Prometheus, Grafana and Azure Monitor

Your profile
- 3+ years in infrastructure, systems or backend engineering
- Good Linux and networking knowledge
- Experience with Azure or another cloud
- Experience with monitoring and high availability
- English required; Dutch is a plus

Nice to have
- Experience with payment systems or public transport
- Familiarity with edge or on-site hardware in distributed environments
- Experience leading recovery exercises with several teams
- Certifications in Azure or Kubernetes

What we offer
- €60,000-€78,000 gross per year including holiday allowance
- Free first-class rail travel in the Netherlands
- Pension scheme
- 26 vacation days
- Training budget

Spoorlijn is an equal opportunity employer. We welcome applicants of all backgrounds, genders, ages, abilities and orientations.

Apply at example.com/spoorlijn""", S0),

("""Reliability Engineer
Hollins Grocers Online | Birmingham, UK | Hybrid (2 days a week in office)

About us
Hollins is a family-owned grocery chain with 210 stores across the Midlands and the North. Our online shop and click-and-collect service now handle 90,000 orders a week, and our digital team of 65 builds and runs everything from the website to the picking app our colleagues use in store.

About the role
Our online shop has to work on a Sunday evening when everyone books next week's delivery slot, and on Christmas week when demand triples. Once our software is live, this role keeps it running properly. Think of yourself as the mechanic for our online systems: you'll respond quickly when something fails, fix it, carry out the routine maintenance that keeps it reliable, tune the parts that run slowly, and forecast how much capacity we'll need for peaks like Christmas and Easter. Our best people in this kind of role come from either software development or systems administration.

What you'll do
- Be among the first to respond when the online shop or picking systems have an outage, restore service and find the cause
- Carry out planned maintenance, upgrades and patching on production systems
- Tune the performance of our APIs, search and databases
- Produce capacity forecasts for seasonal peaks and new store launches
- Manage resources in our Azure subscriptions
- Write and maintain Terraform
- Support our AKS clusters and container images
- Administer Linux and Windows servers
- Write scripts in PowerShell, Python or Bash
- Maintain monitoring and alerting in Azure Monitor and Grafana
- Join a paid on-call rota (one week in six)

What you'll bring
- 3+ years in systems administration, software development or production support
- Good troubleshooting and Linux skills
- Experience with a public cloud, ideally Azure
- SQL and database performance knowledge
- Scripting ability
- A calm manner when things go wrong

What we offer
- £55,000-£68,000
- 10% colleague discount in store and online
- 25 days holiday plus bank holidays, with the option to buy more
- Pension with up to 7% employer contribution
- Annual bonus scheme
- Free fruit and a canteen with proper tea

Hollins is an equal opportunities employer. We welcome applications from everyone and make reasonable adjustments throughout our recruitment process. We are a Disability Confident employer.

Apply at example.com/hollins""", S3),

("""Production Engineer II
Sketchbook Systems | Portland, OR (hybrid) or Remote (US)

About us
Sketchbook makes a browser-based design and whiteboard tool used by 3 million people at schools, agencies and product teams. Our real-time collaboration service keeps every cursor and shape in sync across continents, so a small delay is visible to everyone in the room.

About the role
You'll join the team responsible for production health. Our product engineers ship new features several times a day; we make sure the service they ship into stays fast and available. In practice, that means agreeing with teams on what reliable looks like, noticing quickly when we drift from it, handling incidents well, and learning from each one. We're especially interested in engineers who get a little thrill from chasing a production mystery: a slow memory climb, a latency spike that only happens on Tuesdays, a database that stalls under a particular load.

What you'll do
- Work with product teams to set SLOs for editing, syncing and loading documents, and track error budgets
- Improve alerting so that pages point to real user impact
- Take part in and increasingly lead incident response, and write blameless postmortems
- Investigate production performance problems and memory leaks in our Node.js and Rust services
- Manage AWS resources and IAM with the infrastructure team
- Write Terraform
- Operate EKS clusters and Helm releases
- Maintain CI pipelines for infrastructure code
- Administer Redis and PostgreSQL clusters
- Write tooling in TypeScript, Go or Python
- Maintain Honeycomb, Prometheus and Grafana

What you bring
- 3+ years in backend, infrastructure or production engineering
- Solid Linux and debugging skills
- Experience with AWS and Kubernetes
- Programming in at least one of TypeScript, Go, Rust or Python
- Good written communication

Benefits
- $150,000-$180,000 base salary plus equity
- Medical, dental and vision insurance
- 401(k) with 4% match
- Flexible PTO and a company-wide week off in December
- $1,200 yearly learning budget
- Paid on-call

Sketchbook Systems is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status, and we provide reasonable accommodations on request.

Apply at example.com/sketchbook""", S1),

("""Reliability Engineer
Gintaras e-Services UAB | Vilnius, Lithuania | Hybrid

About us
Gintaras builds and runs electronic invoicing, digital signature and document exchange services for businesses and public institutions in the Baltics and Poland. More than 120,000 organisations exchange invoices through our network, and tax authorities rely on it to receive them on time.

About the role
Our services form a large, distributed system across two data centres and a cloud provider, and many of them are legally critical: if invoices can't be sent on the last day of the month, our customers face penalties. In this role you'll concentrate on keeping these services available and performing well, using strong monitoring, fault-tolerant architecture and well-practised disaster recovery.

Responsibilities
- Build monitoring across invoicing, signing and document exchange services
- Improve fault tolerance with redundancy and automated failover between data centres
- Maintain and test disaster recovery plans, including month-end and year-end scenarios
- Work with development teams to improve availability and response times
- Manage VMware infrastructure in our data centres and resources in the cloud
- Write Terraform and Ansible
- Operate Kubernetes clusters
- Administer Linux servers and PostgreSQL
- Maintain CI/CD pipelines for infrastructure code
- Write automation in Python or Bash
- Maintain Zabbix, Prometheus and Grafana

Requirements
- 3+ years in infrastructure, systems or backend engineering
- Strong Linux and networking skills
- Experience with high availability and backup or recovery
- Scripting skills
- English; Lithuanian or Polish is an advantage

Nice to have
- Experience with public sector or regulated services
- Kubernetes certification

What we offer
- Gross salary €4,200-€5,800 per month
- Health insurance
- Flexible hours and hybrid work
- Learning budget and conference trips
- Team events in an office in the Old Town

Gintaras is an equal opportunity employer. We evaluate candidates on skills and experience, without regard to gender, age, nationality, religion, disability or sexual orientation.

Apply at example.com/gintaras""", S0),

("""Senior Reliability Engineer
Ojek Kita | Jakarta, Indonesia | Hybrid

About us
Ojek Kita is a ride-hailing and parcel delivery app operating in 40 Indonesian cities, with 600,000 driver partners and 10 million monthly users. Our systems match riders and drivers, calculate fares and process payments in real time.

About the role
At rush hour in Jakarta, every second of delay in matching costs trips. Once our software is running, someone needs to keep it in excellent condition, and that's this team. We work like mechanics for production: we respond first when an outage hits, repair what broke, carry out regular maintenance, tune performance, and plan capacity ahead of events like Lebaran and year-end holidays. As a senior member of the team, you'll also help newer colleagues learn the craft. We look for people with deep software engineering or systems administration experience.

Responsibilities
- Respond first to production outages and lead the restoration of service
- Plan and carry out maintenance, upgrades and patching with minimal disruption
- Tune the performance of matching, pricing and payment services and their databases
- Build capacity forecasts for seasonal peaks and new city launches
- Mentor junior engineers on the team
- Manage GCP projects, networking and IAM
- Write Terraform
- Operate GKE clusters
- Administer Linux servers, Redis and PostgreSQL
- Write scripts and tools in Go or Python
- Maintain Prometheus, Grafana and Elasticsearch

Requirements
- 5+ years in software engineering, systems administration or production operations
- Strong Linux and networking knowledge
- Experience with Kubernetes and a public cloud
- Programming or scripting in Go or Python
- Fluent Bahasa Indonesia and good English

What we offer
- Competitive salary (IDR 45-65 million per month)
- Annual bonus and THR
- Health insurance for you and your family
- Ride and delivery credits
- Hybrid work and flexible hours
- Learning budget

Ojek Kita is an equal opportunity employer. We welcome candidates of every gender, religion, ethnicity, age and ability.

Apply at example.com/ojekkita""", S3),

("""Principal Production Engineer
The Hudson Ledger | New York, NY | Hybrid

About us
The Hudson Ledger is a news organisation with 1.1 million digital subscribers, publishing reporting, opinion, recipes and games around the clock. On election nights and during breaking news, traffic can rise twentyfold within minutes.

About the role
We want a principal engineer to lead our approach to production health across the newsroom's digital products. You'll define how we measure whether our services are healthy, how we respond when they aren't, and how we learn afterwards. You'll lead the most important incidents yourself and take on the production puzzles nobody else has solved. You'll also coach engineers across the organisation to think about their services from the reader's side.

What you'll do
- Define the organisation's approach to SLOs and error budgets, and help teams adopt it
- Set standards for alerting and on-call across engineering
- Lead the incident management program and raise the quality of postmortems
- Personally investigate the hardest production issues, from cache stampedes to slow memory leaks
- Advise on GCP and AWS account structure and networking
- Review Terraform and Kubernetes configuration
- Guide the evolution of our observability stack (Datadog and OpenTelemetry)
- Work with the teams that own CI/CD on safe rollout practices
- Mentor senior engineers and help shape the production team's hiring

What you bring
- 12+ years in backend, infrastructure or production engineering
- Extensive experience with large-scale web services
- Deep debugging skills and strong programming ability
- A record of leading incident and reliability programs across many teams
- Excellent writing; you'll be working at a newspaper after all

Benefits
- Base salary $235,000-$270,000 plus annual bonus
- Medical, dental and vision insurance
- 401(k) with 5% match and pension plan
- Four weeks vacation plus holidays
- Paid parental leave and family planning support
- A free subscription, plus the games

The Hudson Ledger is an equal opportunity employer. We are committed to a workforce that reflects the communities we cover and consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.

Apply at example.com/hudsonledger""", S1),

("""Reliability Engineer
Lanterna Container Lines S.p.A. - Digital | Genoa, Italy | Hybrid

About us
Lanterna operates a fleet of 85 container ships connecting the Mediterranean with West Africa and South America. Our digital team builds the booking, tracking and terminal systems that shippers, agents and port staff use every day.

About the role
Our booking, vessel tracking and terminal integration services form a distributed system spanning two cloud regions, our Genoa data centre and links to dozens of ports. If booking stops, cargo misses the ship. This role focuses on keeping these critical services reliably available and well-performing, through good monitoring, designs that tolerate failures, and disaster recovery plans we exercise.

Your responsibilities
- Build and improve monitoring across booking, tracking and port integration services
- Design for fault tolerance between regions and our data centre
- Maintain and regularly test disaster recovery plans
- Work with development teams on availability and performance
- Manage Azure subscriptions and on-premises VMware resources
- Write Terraform and Ansible
- Operate AKS clusters and container images
- Administer Linux and Windows servers
- Maintain CI/CD pipelines for infrastructure code
- Write automation in Python or PowerShell
- Maintain Dynatrace and Azure Monitor

Your profile
- 3+ years in infrastructure, systems or backend engineering
- Good Linux and networking skills
- Experience with Azure or another cloud and with virtualisation
- Scripting ability
- Italian and English

Nice to have
- Experience in shipping, logistics or ports
- Familiarity with EDI integrations
- Azure certifications

What we offer
- RAL €48,000-€60,000
- Welfare package and meal vouchers
- Supplementary health insurance
- Hybrid work with an office overlooking the old port
- Training and certification budget

Lanterna is an equal opportunity employer. We welcome applications from people of all genders, ages, nationalities, religions, abilities and sexual orientations, in accordance with Italian law.

Apply at example.com/lanterna""", S0),

("""Reliability Engineer
Gridiron Draft Co. | Philadelphia, PA | Hybrid

About us
Gridiron Draft runs daily and season-long fantasy sports contests for 2 million players in the US and Canada. Our traffic is extreme and predictable: it spikes in the minutes before kickoff every Sunday afternoon, Monday night and Thursday night during football season.

About the role
Our engineers build contests, drafts and scoring. This role keeps those systems in good working order once they're in production, the way a pit crew looks after a race car. You'll be a first responder when something fails before kickoff, you'll repair and maintain our production systems, you'll tune performance so lineups lock on time, and you'll forecast the capacity we need for each season and for big events like the playoffs. People with either software development or Linux administration backgrounds do well here.

What you'll do
- Respond to production outages and incidents, restore service quickly and identify the cause
- Carry out routine maintenance, database upgrades and patching outside of game windows
- Tune application, cache and database performance for peak traffic
- Forecast capacity needs for each sports season and plan scaling ahead of time
- Manage AWS accounts and networking
- Write Terraform
- Operate EKS clusters and Docker images
- Administer Linux servers and PostgreSQL
- Write scripts in Python or Go
- Maintain Datadog dashboards and alerts
- Join the on-call rotation, which is heaviest on Sundays in the fall

What you bring
- 3+ years in software development, systems administration or production support
- Linux and troubleshooting skills
- Experience with AWS
- Database performance experience
- Scripting ability
- A love of sports helps but isn't required

Benefits
- $130,000-$155,000 base salary plus bonus
- Medical, dental and vision insurance
- 401(k) with 4% match
- Flexible PTO, with a minimum of 15 days
- Monthly contest credits
- Tickets to local games

Gridiron Draft is an equal opportunity employer. We welcome applicants of all races, colors, religions, sexes, sexual orientations, gender identities, national origins, ages, disabilities and veteran statuses.

Apply at example.com/gridirondraft""", S3),

("""Senior Production Engineer
Courtlink Virtual Hearings Inc. | Ottawa, ON | Hybrid

About us
Courtlink provides virtual hearing rooms, evidence sharing and scheduling software to courts and tribunals in six Canadian provinces and three US states. Judges, lawyers and self-represented people use our service every business day to attend hearings remotely.

About the role
A hearing that drops cannot simply be repeated later. You'll join our production engineering team and take responsibility for the health of Courtlink in production: setting targets with product teams, knowing when we are off course, leading the response when things go wrong and making sure we learn from it. You'll be the person we turn to when a video service slowly degrades or a process keeps growing until it falls over.

What you'll do
- Set SLOs for joining hearings, audio and video quality, and evidence upload, and track error budgets
- Improve alerting so it reflects the experience of people in hearings
- Lead incident response and run blameless postmortems with engineering teams
- Investigate production performance problems and memory leaks across our services
- Manage Azure subscriptions in Canadian and US regions
- Write Terraform
- Operate AKS clusters and media servers
- Maintain CI pipelines for infrastructure code
- Administer Linux servers and PostgreSQL
- Write tooling in Python or Go
- Maintain Grafana, Prometheus and Azure Monitor

What you bring
- 6+ years in backend, infrastructure or production engineering
- Strong debugging skills and Linux knowledge
- Experience with Azure or another cloud and Kubernetes
- Programming skills in Python, Go or C#
- English required; French is an asset
- Ability to obtain a reliability-level security screening

Benefits
- CAD $135,000-$160,000
- Health, dental and vision benefits
- RRSP matching up to 6%
- Four weeks vacation plus personal days
- Learning budget
- Paid on-call

Courtlink is an equal opportunity employer. We welcome applications from women, Indigenous peoples, persons with disabilities, racialized people and members of 2SLGBTQI+ communities. Accommodations are available on request.

Apply at example.com/courtlink""", S1),

("""Staff Reliability Engineer
Tejo Accounting Cloud, Lda. | Lisbon, Portugal | Hybrid or Remote (Portugal)

About us
Tejo is a cloud accounting and invoicing service for 300,000 small businesses and accountants in Portugal, Spain and France. Our invoicing service must be up whenever a business issues an invoice, and tax deadlines bring predictable but brutal peaks.

About the role
Our services have grown into a large distributed system across cloud regions, and several of them are critical for our customers' legal obligations. As a Staff Reliability Engineer you'll set the technical direction for keeping these critical services available and performant. You'll lead the design of monitoring, fault tolerance and disaster recovery across the organisation and partner with every product team.

What you'll do
- Define reliability architecture standards for critical services
- Lead the design of monitoring across invoicing, tax submissions and banking integrations
- Drive fault tolerance improvements, including multi-region deployments
- Own the disaster recovery strategy and lead recovery exercises
- Advise on AWS account structure, networking and security
- Review Terraform and Kubernetes configuration
- Guide Linux and database operations standards
- Evaluate observability tools and automation
- Mentor senior engineers
- Take part in architecture reviews

What you bring
- 10+ years in infrastructure, systems or backend engineering
- Deep knowledge of distributed systems, Linux and networking
- Extensive AWS and Kubernetes experience
- Experience leading cross-team technical initiatives
- English; Portuguese, Spanish or French is a plus

What we offer
- €75,000-€95,000 gross per year
- Stock options
- Health insurance for you and your family
- Meal allowance
- 25 days of holiday
- Remote work allowance and a modern office in Cais do Sodré

Tejo is an equal opportunity employer. We welcome applicants of every gender, origin, religion, age, ability and sexual orientation, and we'll adapt our interview process to your needs.

Apply at example.com/tejo""", S0),

("""Manager, Production Operations
Mesquite Rx Benefits | Scottsdale, AZ | Hybrid

About us
Mesquite Rx manages prescription drug benefits for employers and health plans covering 4 million members. Every time a member picks up a prescription at a pharmacy, our claims system has a few hundred milliseconds to approve it.

About the role
We're looking for a manager to lead our Production Operations team of six engineers. The team keeps our claims and member systems running smoothly once software is live: responding first when outages occur, repairing and maintaining production systems, tuning performance, and forecasting capacity for open enrolment and new client launches. You'll lead the team, improve its practices and remain technical enough to step in during a serious incident. We hire people from both software engineering and systems administration backgrounds.

What you'll do
- Lead, hire and develop a team of six production operations engineers
- Own the first-response process for production outages and serious incidents
- Oversee maintenance windows, upgrades and patching
- Drive performance tuning of claims processing and databases
- Produce capacity forecasts for open enrolment and client growth
- Work with infrastructure teams on AWS and data centre resources
- Oversee Terraform and Ansible practices
- Guide use of Kubernetes and container platforms
- Manage on-call schedules and team wellbeing
- Maintain relationships with vendors and report to the VP of Technology

What you bring
- 8+ years in production operations, systems administration or software engineering, including 2+ years managing people
- Strong Linux and database knowledge
- Experience with AWS
- Familiarity with HIPAA
- Calm leadership during incidents

Benefits
- $160,000-$185,000 base salary plus 15% bonus
- Medical, dental, vision and prescription coverage
- 401(k) with 6% match
- Four weeks PTO plus holidays
- Tuition assistance
- Paid parental leave

Mesquite Rx Benefits is an equal opportunity employer. We consider qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.

Apply at example.com/mesquiterx""", S3),
]

# ---------------------------------------------------------------------------------------------
# platform: the underlying infrastructure and internal platform other engineers build on,
# self-service, provisioning, templates wired to metrics and logs, fleets, cloud set up for others
# ---------------------------------------------------------------------------------------------
PLATFORM = [
# --- short, thread-style ---
("""Internal Tools / Infrastructure | Bramhall Analytics | Remote (UK) | £75k-£95k
Our 50 developers build forecasting products for retailers. You'd build the thing they build on. Right now every new service starts with two days of copying config from the last one. We want a service template that comes with logging, metrics and dashboards already connected, a shared Kubernetes setup our team runs so product teams don't have to, and a simple way to ask for a database or a queue without a ticket. There's real code to write here (Go, some Python), just none of it is forecasting. jobs@example.com""", S1),

("""Cloud Infrastructure Engineer | Verrazano Biotech | Cambridge, MA | Hybrid | $150k-$180k
Verrazano's lab scientists and software team are moving off an aging server room. You'll pick which cloud services we use and set them up properly: accounts, networks, identity, storage for sequencing data, compute for analysis pipelines. Automate provisioning so nobody builds anything by hand, tune it for performance and cost, and keep it available and locked down. You'll work directly with our developers so the environment fits what they run. careers@example.com""", S2),

("""Infrastructure Engineer | Quokka Pay | Sydney | Hybrid | AUD $170k-$200k
Build and look after the foundation our 14 product squads run their services on: AWS accounts, EKS clusters and everything around them. Container orchestration, autoscaling, networking, base images, Terraform modules. Your job is to keep that foundation scalable and dependable and to make it a little better every sprint. You won't ship payment features; the squads will, on top of what you build. Apply at example.com/quokkapay""", S4),

("""Infrastructure Engineer, Internal Platform | Tamsin Learning | Remote (US) | $140k-$170k
We want our engineers to deliver quickly without thinking hard about servers. You'll design and run the infrastructure our course and assessment apps sit on, and build the tools that make it easy to use: a service catalogue, environment provisioning, shared CI runners and standard dashboards. Keep it secure and able to grow. You'll work closely with the folks who own releases and the folks who own production health. hello@example.com""", S0),

("""Systems Engineer, Server Fleet | Caldera Compute | Reno, NV | Onsite | $120k-$150k
Caldera runs 6,000 bare-metal servers across two data centres for our GPU rental business. You'll build and run the tooling that manages that fleet: the inventory system that knows what every machine is and where, automated OS installs and base packages when a rack arrives, firmware updates, and the network setup between sites. Mostly Python and Go, some Ansible. Our product teams should only ever see clean machines. Apply at example.com/caldera""", S1),

("""Wattle & Finch | Cloud Infrastructure Engineer | Melbourne | AUD $150k-$175k
We're a 30-person online furniture retailer moving from a managed host to a public cloud. Help us choose the provider, then build it out: network layout, managed databases, compute, identity, backups, all provisioned through code. Make it fast, secure and ready to scale for sale weekends, and work with our developers so it suits the apps they're building. Apply at example.com/wattlefinch""", S2),

("""Infrastructure Engineer (Kubernetes) | Ostara Fintech | Frankfurt | Hybrid | €80k-€100k
Our payments teams deploy onto a set of Kubernetes clusters that we build and maintain. You'll join the small team that owns them: cluster lifecycle, networking, ingress, storage classes, secrets, Terraform for the cloud resources underneath. Keep the whole thing reliable and ready for growth, and keep automating what's still manual. Docker, Kubernetes, AWS, Terraform, Go. Apply at example.com/ostara""", S4),

("""Senior Infrastructure Engineer | Fernwood Media | London | Hybrid | £95k-£120k
Design and maintain the underlying infrastructure for a newsroom's worth of apps: clusters, networks, caches, storage and the internal tools around them. The goal is that our developers can ship reliably and fast without building their own plumbing. Work hand in hand with the release and production teams to make it scale and stay secure. Apply at example.com/fernwoodmedia""", S0),

("""Founding member, infrastructure team | Larkmoor (Series B, logistics SaaS) | Remote (EU) | €90k-€110k + equity
When I was the only infra person, I had scripts to build servers, a VPN between our two providers, a staging copy of prod, and a log shipper I wrote one weekend. That pile is our internal platform, and now it needs a proper team. You'll turn it into something 60 engineers can use without me: a standard service skeleton wired to our metrics and logs, provisioning by code, and managed Kubernetes. - CTO, cto@example.com""", S1),

("""Cloud Infrastructure Engineer | Tarragon Insurance | Columbus, OH | Hybrid | $125k-$150k
Tarragon is building a new cloud environment for its policy and claims systems. You'll set up and configure the cloud resources, automate how they're provisioned and managed, and keep them highly available, secure and fast. You'll spend a lot of time with our application developers making sure the environment actually meets their needs. Terraform, Azure, AKS. careers@example.com""", S2),

("""Infrastructure Engineer | Bellhaven Games | Brighton | £65k-£85k
Our game server teams deploy onto infrastructure we own: Kubernetes clusters on bare metal and cloud, container images, the networking that glues them together, and the automation that builds it all. You'll maintain and extend that foundation and keep it scalable and stable through launch spikes. Docker, Kubernetes, Terraform, Agones. Apply at example.com/bellhaven""", S4),

("""Staff Infrastructure Engineer | Cobalt Ridge Health | Nashville | Hybrid | $195k-$230k
Lead the design of the infrastructure and shared platform that all of Cobalt Ridge's clinical apps run on, and the tools that let 20 teams deliver software fast and safely on top of it. Partner closely with the teams that run releases and keep production healthy. Scalability, security and reliability are the bar. Apply at example.com/cobaltridge""", S0),

("""Infrastructure Engineer | Pemberly Robotics | Pittsburgh | $140k-$170k
Our robotics teams shouldn't have to know how clusters work. Build the internal platform they use instead: one command to spin up a new service from a template that already ships metrics and logs, Kubernetes clusters we run for them, a staging environment that mirrors production, and network policies tight enough for our security review. Go, Terraform, Cilium. jobs@example.com""", S1),

("""Cloud Infrastructure Engineer | Korppi Analytics | Helsinki | Hybrid | €60k-€78k
Korppi sells footfall analytics to shopping centres. Our data products have outgrown the single rented server they started on. You'll decide which cloud services we should use and set them up: networks, compute for our batch jobs, object storage, managed Postgres, identity. Everything gets provisioned from code, tuned so queries stay quick as data grows, and kept available and secure. You'll sit with our developers to learn what their workloads need before you build it. Apply at example.com/korppi""", S2),

("""Infrastructure Engineer, Containers | Parsnip Delivery | Toronto | Hybrid | CAD $125k-$150k
Parsnip's routing and ordering services all run on container infrastructure our small team builds and maintains. That means EKS clusters and node pools, ingress, a service mesh, the AWS resources underneath, and the Terraform that describes it all. You'll keep the whole setup scalable through the dinner rush and steady the rest of the day, automate whatever we still do by hand, and steadily improve it. Product teams deploy onto what you build; they don't run clusters themselves. Apply at example.com/parsnip""", S4),

("""Infrastructure Engineer | Heartsease Legal | Remote (US) | $135k-$160k
Heartsease makes case management software for public defenders. Our eight product teams each built their own infrastructure, and it shows. You'll design and maintain one shared foundation instead, plus the internal tools that let teams ship fast without tripping over it: shared clusters, environment provisioning, secrets handling, CI runners and default dashboards. You'll work closely with the engineers who look after releases and the ones who look after production health, and make sure it all scales and stays secure. careers@example.com""", S0),

("""Bare-metal Infrastructure Engineer | Nordlys Hosting | Oslo | NOK 800k-950k
We rent out dedicated servers and build our own tools to do it. You'll work on the systems behind the fleet: asset inventory, PXE-based operating system installation, automated base package setup, hardware health checks, and the links between our three data centres. Python, Go, Ansible. Our customer-facing product team builds on the inventory and provisioning APIs you'll own. Norwegian not required. Apply at example.com/nordlys""", S1),

("""Infrastructure Engineer, Cloud Foundations | Trillium Credit Union | Ottawa | Hybrid | CAD $110k-$135k
Trillium is moving its member banking apps to a public cloud over the next two years. You'll help build the foundation: the landing zone, network layout, identity and access, managed databases and compute, all provisioned and managed through automation. The result must be highly available, secure and fast enough for payday traffic. Our application developers are your main partners; you'll shape the environment around what they're building. Bilingual English/French is an asset. Apply at example.com/trillium""", S2),

("""Infrastructure Engineer | Mossbank Studios | Remote (EU) | €70k-€90k
Mossbank builds animation and rendering software used by small studios. You'll own the infrastructure underneath our cloud render service: cloud accounts, GPU clusters orchestrated with Kubernetes, container images, shared storage and the Terraform that holds it together. Keep it able to scale when a studio submits ten thousand frames at once, keep it dependable for our developers, and keep automating the chores. Apply at example.com/mossbank""", S4),

("""Principal Infrastructure Engineer | Grantham Freight Group | Chicago | Hybrid | $210k-$245k
Grantham has 30 development teams, four data centres and two clouds, and no shared picture of how they fit together. You'll set the direction for the common infrastructure and internal platform beneath all our applications, and for the tools that let teams go from idea to running service quickly and safely. You'll partner with the groups that own releases and production reliability, and you'll hold the bar for scalability and security. careers@example.com""", S0),

("""Infrastructure Engineer, Developer Experience | Quinta Travel | Lisbon | Hybrid | €55k-€72k
Quinta sells rural holiday stays in Portugal and Spain. Give our 35 developers a paved road: a project template with logs and metrics built in, self-service environments on Kubernetes clusters we operate, a staging setup that faithfully matches production, and infrastructure provisioned through code rather than tickets. Infrastructure is real software here (Go and TypeScript), just never booking logic. Apply at example.com/quinta""", S1),

("""Cloud Infrastructure Engineer | Sawtooth Outfitters | Boise | Remote US | $115k-$140k
We sell outdoor gear online and we're leaving our colocation cage by next spring. You'll help choose the cloud provider, then set up and configure our resources, automate their provisioning and management, and make the environment highly available, secure and quick under holiday traffic. You'll work with our app developers every week so the new home fits the software they're writing. Apply at example.com/sawtooth""", S2),

("""Infrastructure Engineer (mid) | Yarrow Energy Systems | Edinburgh | Hybrid | £60k-£75k
Yarrow writes software that schedules wind farm maintenance. Build and run the infrastructure it runs on: GCP projects and networking, Kubernetes clusters and container orchestration, shared databases. Keep it scalable and reliable as we add customers, codify everything in Terraform, and keep improving it with automation. You'll work with our developers but won't write scheduling code. Apply at example.com/yarrow""", S4),

("""Infrastructure Engineer | Ember Street Bank | Charlotte | Hybrid | $140k-$165k
Ember Street's 25 development teams need a common base they can build on instead of each rolling their own. You'll help design and maintain that base (compute, networking, shared services) and the tooling that lets teams deliver quickly and reliably: templates, self-service environments, automated access requests. You'll work alongside the release team and the production reliability team to keep it scalable, secure and dependable. careers@example.com""", S0),

("""Infra Engineer, Fleet Tooling | Skybarn Edge | Amsterdam | Hybrid | €75k-€95k
Skybarn runs 2,000 edge servers in 40 cities for our video delivery business. You'll own the internal tooling that makes them usable: hardware inventory, automated OS and package installs, configuration rollout, and the network links between sites. Our product teams build on your APIs, not on raw machines, and they should never have to think about which rack a server sits in. Apply at example.com/skybarn""", S1),

("""Cloud Infrastructure Engineer | Ridgeline Health Plans | Denver | Hybrid | $130k-$155k
Ridgeline is building new member apps and wants cloud infrastructure designed for them, not inherited. You'll build and maintain it: configure accounts, networks and managed services, automate provisioning and lifecycle management, and keep everything available, secure and performant. You'll work closely with the application teams to understand their workloads and size things sensibly. HIPAA experience a plus. careers@example.com""", S2),

("""Junior Infrastructure Engineer | Calyx Commerce | Kraków | Hybrid | PLN 9-12k gross | Calyx hosts 400 online shops for small brands. Join the team that builds and maintains the infrastructure they all run on: AWS resources, Kubernetes clusters, Docker images and Terraform. You'll learn to keep it scalable and reliable, to automate repetitive tasks, and to treat infrastructure as something that keeps getting better. A senior engineer mentors you for your first six months. Apply at example.com/calyx""", S4),

("""Engineering Manager, Infrastructure | Thornbury Software | Leeds | Hybrid | £100k-£120k
Thornbury builds accounting tools for charities. Lead the five-person team that designs and maintains the infrastructure and internal platform under all our products, plus the tools that help 60 developers ship quickly and reliably: environment provisioning, a service catalogue, shared observability. You'll partner with the release and production teams and set priorities so the foundation stays scalable and secure. Apply at example.com/thornbury""", S0),

("""Infrastructure Engineer | Wrenmoor Data | Remote (US) | $150k-$175k
Turn raw cloud into something our 80 engineers actually enjoy using: a standard service template hooked up to metrics and logs from the first commit, managed Kubernetes they don't have to run, self-service provisioning for databases and queues, and network policies that keep tenants apart. Lots of Go, zero product features. Our users are our own developers, and we interview them every quarter. jobs@example.com""", S1),

("""Cloud Infrastructure Engineer | Ochre Mining Software | Perth | Hybrid | AUD $140k-$165k
Ochre's mine-planning apps still run on servers in our office basement. Choose, configure and automate the cloud environment they'll move to: accounts, networks, compute, storage and managed databases, built with Terraform on AWS. Keep it highly available, secure and fast for large 3D models, and tailor it to what our developers build rather than a generic template. Apply at example.com/ochre""", S2),
# --- long, corporate ---
("""Senior Infrastructure Engineer, Developer Platform
Embauche.io SAS | Paris, France | Hybrid (2 days in office)

About us
Embauche.io is a recruitment marketplace that matches hourly workers with restaurants, warehouses and shops in France, Belgium and Spain. About 40,000 shifts are filled through our apps each week. Our tech team of 95 is organised in 11 product squads.

About the role
Each squad at Embauche.io has ended up with its own way of building and running services: different Dockerfiles, different log formats, hand-written Kubernetes manifests, and dashboards that may or may not exist. We want to replace that with an internal developer platform that squads actually want to use. You'll write real code, but never matching or payroll logic: your product is the infrastructure layer that sits between our cloud provider and our squads, made to fit how we work.

What you'll do
- Build a default service template that arrives with metrics, logs, tracing and dashboards already connected to our observability stack
- Run shared Kubernetes clusters for the squads, so they deploy services without operating clusters themselves
- Create self-service provisioning for databases, queues and buckets through code
- Keep a staging environment that faithfully reproduces production
- Harden network policies between services with Cilium
- Manage GCP projects, IAM and VPCs
- Write and review Terraform
- Maintain CI runners and container base images
- Administer Linux nodes and node pools
- Write internal tools in Go
- Maintain Prometheus, Grafana, Loki and Tempo
- Join the infrastructure on-call rotation

What you bring
- 5+ years in infrastructure or backend engineering
- Strong Kubernetes and Terraform experience
- Programming skills in Go or a similar language
- Experience building tools that other engineers use every day
- Product sense: you talk to your users before you build for them
- Fluent English; French is a plus

What we offer
- €75,000-€95,000 gross per year plus BSPCE
- Swile meal card and 50% transport reimbursement
- Alan health insurance
- 27 days of paid leave plus RTT
- Remote work allowance
- Annual offsite

Embauche.io is committed to diversity and equal opportunity. We welcome applications from people of all genders, origins, ages, abilities, religions and sexual orientations, and we adapt our interview process on request.

Apply at example.com/embauche""", S1),

("""Cloud Infrastructure Engineer
Gateway Veterinary Diagnostics | St. Louis, MO | Hybrid

About us
Gateway runs a network of 12 veterinary reference laboratories. Clinics send us blood, tissue and imaging samples; our software delivers results back to vets, usually within a day. Our software team of 40 is rebuilding the results portal and lab systems.

About the role
Our systems have lived in a single data centre for fifteen years. We're moving to the cloud, and we need an engineer to design, build and look after the new environment. You'll help us select the right provider and services, set up and configure cloud resources, and automate how they are provisioned and managed. The environment must be highly available, secure and fast enough for large imaging files, and it must fit what our application developers are building; you'll work with them closely throughout.

What you'll do
- Evaluate cloud providers and services and recommend an approach with the architecture team
- Set up and configure accounts, networks, compute, storage and managed databases
- Automate provisioning and lifecycle management of cloud resources
- Tune resources for performance, scalability and cost
- Work directly with application developers to understand their workloads and requirements
- Write and review Terraform
- Support containers on ECS or Kubernetes
- Administer Linux and Windows servers during the migration
- Write scripts in Python or PowerShell
- Configure monitoring and logging in CloudWatch and Datadog
- Keep documentation and diagrams current

What you bring
- 4+ years in infrastructure, cloud or systems engineering
- Hands-on experience building environments in AWS, Azure or GCP
- Terraform or similar
- Networking and security fundamentals
- Scripting skills
- Healthcare or laboratory experience is a plus

Benefits
- $120,000-$145,000 base salary
- Medical, dental and vision insurance
- 401(k) with 5% match
- 18 days PTO plus holidays
- Pet insurance and discounted lab testing for your own animals
- Tuition reimbursement

Gateway Veterinary Diagnostics is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.

Apply at example.com/gatewayvet""", S2),

("""Staff Infrastructure Engineer
Vidyarthi Learning Pvt. Ltd. | Bengaluru, Karnataka | Hybrid

About us
Vidyarthi offers live and recorded classes to 5 million school students preparing for board exams and entrance tests. Our apps stream classes, run practice tests and track progress for students and parents. We have 300 engineers across 30 teams.

About the role
As we've grown, each team has solved infrastructure problems in its own way. We want to change that. As a Staff Infrastructure Engineer you will lead the design of the shared infrastructure and platform that all our applications run on, and of the tools and systems that help teams deliver software quickly and reliably. You'll work closely with the teams that own releases and the teams that own production reliability, and make sure the foundation is scalable, secure and dependable.

What you'll do
- Lead the architecture of our shared infrastructure and internal platform
- Design tools and systems that let product teams ship quickly and safely on top of it
- Partner with release and production reliability teams on a common roadmap
- Set standards for scalability and security across the foundation
- Manage AWS accounts, VPCs and IAM at organisation scale
- Review and write Terraform
- Operate EKS clusters and shared services
- Guide CI/CD runner and artifact infrastructure
- Administer Linux fleets and base images
- Mentor senior engineers and lead design reviews
- Maintain Prometheus, Grafana and OpenSearch

What you bring
- 10+ years in infrastructure or backend engineering
- Deep expertise in AWS, Kubernetes and Terraform
- Experience designing shared infrastructure for many teams
- Strong programming skills in Go, Python or Java
- Excellent communication and influence across teams

What we offer
- CTC ₹70-95 LPA including ESOPs
- Health insurance for your family and parents
- Flexible hybrid work
- Learning budget and conference sponsorship
- Free courses for your children and relatives

Vidyarthi is an equal opportunity employer. We welcome applicants of every gender, caste, religion, region, ability and sexual orientation.

Apply at example.com/vidyarthi""", S0),

("""Infrastructure Engineer - Kubernetes
Seconda Mano S.r.l. | Milan, Italy | Hybrid

About us
Seconda Mano is a resale marketplace for designer fashion, with 1.5 million buyers and sellers in Italy, France and Germany. Every item is checked by our authenticators before it ships, and our tech team of 70 builds the marketplace, the authentication tools and the logistics systems behind them.

About the role
All of our services run on a container infrastructure that a small team builds and maintains. We are looking for an engineer to join that team. You'll help build and look after the infrastructure our applications run on: the cloud resources, the Kubernetes clusters, container orchestration and the automation around it. You'll make sure it scales for big sales events and stays reliable every day, and you'll keep improving it.

Your responsibilities
- Build and maintain the Kubernetes clusters and cloud resources our applications run on
- Keep the container infrastructure scalable and resilient, including autoscaling and multi-zone setups
- Automate the creation and upgrade of clusters and supporting services
- Manage AWS accounts, VPCs and IAM
- Write and review Terraform and Helm charts
- Maintain Docker base images and the container registry
- Support CI/CD pipelines that deploy onto the clusters
- Administer Linux nodes
- Write tooling in Go or Python
- Maintain Prometheus, Grafana and Loki
- Take part in the on-call rotation

Your profile
- 3+ years in infrastructure or systems engineering
- Hands-on experience with Kubernetes and Docker in production
- Terraform and AWS
- Scripting or programming skills
- Good English; Italian is a plus

What we offer
- RAL €50,000-€65,000
- Welfare budget and meal vouchers
- Supplementary health insurance
- Hybrid work and flexible hours
- Discounts on pre-loved fashion

Seconda Mano is an equal opportunity employer. We welcome applications from people of all genders, ages, origins, religions, abilities and sexual orientations.

Apply at example.com/secondamano""", S4),

("""Systems Engineer - Bare Metal Fleet
Dacia Hosting S.R.L. | Bucharest, Romania | Hybrid

About us
Dacia Hosting runs dedicated servers and private clouds for 9,000 customers from three data centres in Romania and Germany. We own our hardware, our network and most of our tooling.

About the role
Our customer-facing products (dedicated servers, private clusters, managed backups) all sit on top of a fleet of 14,000 physical machines. This role builds and runs the foundation that makes that fleet usable by our product teams. You'll work on the inventory system that tracks every server and component, the automation that installs operating systems and base packages when a machine is provisioned, the scripts and services that bring new racks online, and the network connectivity between our sites.

Responsibilities
- Develop and maintain our hardware inventory and asset management software
- Automate operating system installation and base package setup for new and recycled servers
- Build tooling to provision racks and bring new capacity online
- Maintain network connectivity between data centres together with the network team
- Provide internal APIs that product teams use to allocate machines
- Administer Linux servers at scale
- Write Ansible and Terraform
- Support Kubernetes clusters for internal services
- Write tools in Python and Go
- Maintain Prometheus, Grafana and our logging pipeline
- Join the on-call rotation for fleet tooling

Requirements
- 3+ years in systems engineering or infrastructure development
- Strong Linux knowledge, including boot processes and PXE
- Python or Go programming
- Experience with configuration management
- Familiarity with server hardware and networking
- English; Romanian or German is a plus

What we offer
- Gross salary RON 22,000-30,000 per month
- Private medical subscription
- Meal tickets and a gym allowance
- Hybrid work
- Training and certification budget

Dacia Hosting is an equal opportunity employer. We welcome applicants of all backgrounds, genders, ages, abilities and sexual orientations.

Apply at example.com/daciahosting""", S1),

("""Lead Cloud Infrastructure Engineer (APS6 / EL1 equivalent, contract)
Banksia Digital Services, for a Commonwealth agency | Canberra, ACT | Hybrid

About us
Banksia Digital Services delivers digital transformation projects for Australian government agencies. This engagement supports an agency that is moving its grants and payments systems from an ageing data centre into a government-certified public cloud.

About the role
You'll lead a small team that builds the new cloud environment. That includes helping the agency choose between certified providers and services, standing up the cloud resources and getting their settings right, and automating how they're provisioned and managed. The environment must be highly available, secure to government standards and well-performing. You'll work closely with the agency's application developers to make sure the infrastructure supports the systems they are rebuilding.

Responsibilities
- Lead a team of three cloud engineers
- Advise on provider and service selection against government certification requirements
- Design and configure landing zones, networks, compute, storage and managed services
- Automate provisioning and management of cloud resources
- Optimise resources for performance, scalability and cost
- Work with application developers to understand and support their requirements
- Write and review Terraform
- Support containers on AKS or EKS
- Administer Windows and Linux servers during migration
- Configure logging and monitoring for security operations
- Produce documentation for security assessments

Requirements
- 6+ years in cloud or infrastructure engineering, including team leadership
- Deep experience building environments in Azure or AWS
- Terraform and automation skills
- Familiarity with the Information Security Manual and Essential Eight
- Australian citizenship and ability to obtain Baseline or NV1 clearance

What we offer
- Daily rate AUD $1,150-$1,350 plus super
- 12-month contract with extension options
- Hybrid work from our Barton office
- Professional development support

Banksia Digital Services is an equal opportunity employer. We encourage applications from Aboriginal and Torres Strait Islander peoples, people with disability, veterans and people from culturally and linguistically diverse backgrounds.

Apply at example.com/banksia""", S2),

("""Infrastructure Engineer
Dawa Express | Cairo, Egypt | Hybrid

About us
Dawa Express is an online pharmacy delivering prescription and over-the-counter medicines to 1.2 million customers in Egypt and Saudi Arabia. Orders are delivered within 60 minutes from a network of partner pharmacies.

About the role
Our development teams need infrastructure they can build on without solving the same problems again and again. We're hiring an infrastructure engineer to help design and maintain the foundation our applications run on, and to build the tools and systems that help our developers deliver software quickly and reliably. You'll work closely with the engineers responsible for releases and with those responsible for production reliability, making sure what we build is scalable, secure and dependable.

What you'll do
- Design and maintain shared infrastructure for our ordering, pharmacy and delivery services
- Build tools that make it easy for developers to create environments and services
- Collaborate with the release and production reliability engineers on common needs
- Keep the foundation scalable and secure as we expand to new cities
- Manage AWS accounts, networking and IAM
- Write Terraform
- Operate Kubernetes clusters
- Maintain CI runners and Docker images
- Administer Linux servers
- Write scripts in Python or Bash
- Maintain Prometheus and Grafana

What you bring
- 2-5 years in infrastructure, systems or backend engineering
- Experience with AWS and Kubernetes
- Terraform or similar
- Scripting skills
- Arabic and English

Nice to have
- Experience in healthcare, pharmacy or delivery businesses
- Kubernetes or AWS certification
- Familiarity with network policies and service meshes

What we offer
- Competitive salary in EGP with a USD-linked component
- Medical insurance for you and your family
- Hybrid work from our New Cairo office
- Annual learning budget
- Quarterly team outings

Dawa Express is an equal opportunity employer. We welcome applicants regardless of gender, religion, age, disability or background.

Apply at example.com/dawaexpress""", S0),

("""Senior Infrastructure Engineer, Containers
Victoria Harbour Quant Analytics Ltd | Hong Kong | Hybrid

About us
Victoria Harbour provides risk analytics and portfolio simulation to asset managers across Asia. Our clients run thousands of scenarios overnight, and our compute needs swing enormously between day and night.

About the role
All of our analytics services and batch jobs run on infrastructure our team builds and maintains. You'll be responsible for that foundation: cloud resources, Kubernetes clusters and container orchestration for both long-running services and bursty batch workloads. You'll make sure it scales up quickly for the overnight run and back down again, stays reliable, and keeps getting better through automation.

Responsibilities
- Build and maintain the Kubernetes clusters and cloud resources our applications run on
- Design container orchestration for batch and service workloads, including autoscaling and spot capacity
- Improve scalability and resilience of the foundation
- Manage AWS accounts, VPCs, Direct Connect and IAM
- Write and review Terraform and Helm charts
- Maintain Docker images and the container registry
- Support CI/CD pipelines that deploy to the clusters
- Administer Linux nodes and tune kernels for compute workloads
- Write tooling in Python and Go
- Maintain Prometheus, Grafana and Elasticsearch
- Take part in the on-call rotation

Requirements
- 6+ years in infrastructure or systems engineering
- Deep Kubernetes and Docker experience
- AWS and Terraform
- Strong scripting or programming skills
- Experience in financial services is a plus
- English required; Cantonese or Mandarin is an advantage

What we offer
- HKD 75,000-95,000 per month plus discretionary bonus
- Medical and dental insurance
- MPF contributions above statutory minimum
- 20 days of annual leave
- Learning budget

Victoria Harbour is an equal opportunity employer. We welcome applicants regardless of sex, marital status, pregnancy, disability, family status or race.

Apply at example.com/victoriaharbour""", S4),

("""Engineering Manager, Developer Infrastructure
Trailhead Maps | Boulder, CO (hybrid) or Remote (US)

About us
Trailhead Maps is an outdoor navigation app used by 6 million hikers, skiers and hunters. Our offline maps, route planning and safety features have to work where cell service doesn't. We have 110 engineers.

About the role
When Trailhead was small, a couple of engineers kept a collection of scripts that set up servers, connected our cloud accounts, copied production into staging and shipped logs. That collection grew into our internal platform without anyone quite deciding it should. We are now forming a Developer Infrastructure team of five to turn it into something deliberate: infrastructure development treated as a product, built for the engineers who depend on it. You'll lead that team.

What you'll do
- Hire, lead and grow a team of five infrastructure engineers
- Set the roadmap for our internal platform based on what developers need
- Deliver a standard service template wired into our metrics and logs collection
- Provide Kubernetes clusters and self-service provisioning so teams don't operate infrastructure themselves
- Maintain a staging environment that mirrors production
- Oversee AWS account structure, networking and IAM
- Guide Terraform and Helm practices
- Make decisions on CI, artifact and secrets tooling
- Keep the team's own services monitored and on call
- Manage budget and vendor relationships

What you bring
- 3+ years managing engineers, with a background in infrastructure or backend development
- Strong understanding of Kubernetes, Terraform and AWS
- Experience treating internal tooling as a product
- Clear communication with engineers and leadership

Benefits
- $190,000-$225,000 base salary plus equity
- Medical, dental and vision insurance
- 401(k) with 4% match
- Flexible PTO and a paid "get outside" day each month
- Premium subscription and gear stipend

Trailhead Maps is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.

Apply at example.com/trailhead""", S1),

("""Principal Infrastructure Engineer
Rheinknie Pharma Research Informatics AG | Basel, Switzerland | Hybrid

About us
Rheinknie Research Informatics builds the software and data systems used by 4,000 scientists across our parent company's drug discovery programmes: electronic lab notebooks, compound registries, assay data pipelines and analysis environments.

About the role
Our informatics teams build excellent tools for scientists, but each team also builds and runs its own infrastructure, with uneven results. As Principal Infrastructure Engineer you'll set the technical direction for the shared infrastructure and platforms underneath all our applications, and for the tools and systems that let development teams deliver quickly and reliably. You'll work closely with the people focused on releases and on production reliability, and you'll ensure the foundation is scalable, secure and dependable enough for regulated research.

Your responsibilities
- Define the architecture of our shared infrastructure and internal platform
- Lead the design of tools and systems that help development teams ship quickly and safely
- Partner with release and reliability specialists on a joint roadmap
- Set scalability and security standards, including GxP considerations
- Advise on AWS and on-premises HPC resources
- Review Terraform, Ansible and Kubernetes designs
- Guide Linux standards and base images
- Evaluate tooling for CI, secrets and observability
- Mentor senior engineers and contribute to hiring
- Represent infrastructure in architecture boards

Your profile
- 12+ years in infrastructure, systems or software engineering
- Deep knowledge of cloud, Kubernetes and infrastructure as code
- Experience designing shared infrastructure for many teams
- Experience in life sciences or another regulated industry is a strong plus
- Excellent English; German is an advantage

What we offer
- CHF 165,000-195,000 plus bonus
- Six weeks of vacation
- Excellent pension fund
- Free public transport pass
- Relocation support

Rheinknie welcomes applications from people of all backgrounds, genders, ages, abilities, nationalities and sexual orientations. We are committed to a fair and inclusive recruitment process.

Apply at example.com/rheinknie""", S0),

("""Infrastructure Engineer
Sihat Telehealth Sdn. Bhd. | Kuala Lumpur, Malaysia | Hybrid

About us
Sihat connects patients in Malaysia, Singapore and Thailand with doctors by video, delivers medicine to their homes and keeps their health records in one place. We handle around 25,000 consultations a day, and our engineering team of 60 is growing.

About the role
Our product teams build the consultation, pharmacy and records services; this team builds and looks after the infrastructure those services run on. You'll help set up and manage our cloud resources, run our container orchestration, and keep the whole foundation scalable and dependable. You'll automate as much as possible and help us improve step by step, whether that's faster cluster upgrades, better autoscaling or cleaner network design.

What you'll do
- Build and maintain the cloud resources and Kubernetes clusters our applications run on
- Manage container orchestration, including autoscaling, ingress and workload placement
- Improve the scalability and reliability of our infrastructure as we expand to new countries
- Manage AWS accounts, VPCs and IAM across regions
- Write and review Terraform
- Maintain Docker base images and our container registry
- Support CI/CD pipelines that deploy onto our clusters
- Administer Linux nodes
- Write scripts in Python or Bash
- Maintain Prometheus, Grafana and CloudWatch
- Join the infrastructure on-call rotation

What you bring
- 3+ years in infrastructure, systems or cloud engineering
- Hands-on Kubernetes and Docker experience
- AWS and Terraform
- Scripting skills
- Good English; Bahasa Malaysia or Mandarin is a plus

Nice to have
- Experience with healthcare data protection requirements
- Kubernetes or AWS certifications

What we offer
- MYR 9,000-13,000 per month
- Medical and dental coverage, including free consultations on our app
- EPF contributions above statutory minimum
- Hybrid work from our Bangsar South office
- Learning budget and certification support

Sihat is an equal opportunity employer. We welcome applicants of all races, religions, genders, ages and abilities.

Apply at example.com/sihat""", S4),

("""Senior Cloud Infrastructure Engineer
Acero Manufactura Digital S.A. de C.V. | Monterrey, Mexico | Hybrid

About us
Acero builds ERP and production planning software for 1,800 manufacturers in Mexico and Central America: metalworking shops, auto parts suppliers and food processors. Our software schedules machines, tracks inventory and issues electronic invoices that the tax authority requires.

About the role
Acero's applications currently run on servers we rent from a local provider, and we've outgrown them. We're building a new cloud environment, and we want a senior engineer to lead the infrastructure work. You'll help us choose the cloud provider and services, set up and configure the resources, automate their provisioning and management, and make sure the result is highly available, secure and performs well. You'll work closely with our development teams so the infrastructure suits the applications they're building and running.

Responsibilities
- Lead the evaluation of cloud providers and services with the architecture group
- Design and configure accounts, networks, compute, storage and managed databases
- Automate provisioning and ongoing management of cloud resources
- Optimise resources for performance, scalability and cost
- Work with development teams to translate application needs into infrastructure
- Write and review Terraform
- Support containers on Kubernetes or ECS
- Administer Linux and Windows servers during the migration
- Write scripts in Python, Bash or PowerShell
- Configure monitoring and logging
- Mentor two junior engineers

Requirements
- 6+ years in cloud, infrastructure or systems engineering
- Deep experience with AWS, Azure or GCP
- Terraform
- Networking and security fundamentals
- Spanish and professional English

What we offer
- Salary MXN 85,000-110,000 gross per month
- Major medical insurance (GMM) and life insurance
- Savings fund (fondo de ahorro) and food vouchers
- 20 vacation days and a 30-day year-end bonus (aguinaldo)
- Hybrid work from our San Pedro office

Acero is an equal opportunity employer. We do not discriminate on the basis of gender, age, disability, religion, ethnic origin, sexual orientation or any other characteristic.

Apply at example.com/acero""", S2),

("""Infrastructure Engineer, Internal Platform
Pensionsvej ApS | Copenhagen, Denmark | Hybrid

About us
Pensionsvej helps 400,000 Danes understand and manage their pensions, combining data from banks, pension funds and the tax authority in a single app. Our 50 engineers work in six teams.

About the role
We rent cloud resources from a large provider, and like everyone else, we get them in a generic form. The job of our infrastructure team is to turn those generic building blocks into an internal platform that fits how our engineers work. That includes real software development, just never pension logic. We want new services to start from a template that is already wired into our metrics and logs, clusters that teams deploy to without running them, environments that replicate production, and networking that is locked down by default.

What you'll do
- Build and maintain a default service template connected to our logging, metrics and tracing
- Provide and operate shared Kubernetes clusters for all teams
- Maintain a staging environment that mirrors production closely
- Write internal tools and services in Go for provisioning and service creation
- Harden service-to-service networking with network policies
- Manage Azure subscriptions, networking and identity
- Write Terraform
- Maintain CI runners and container images
- Administer Linux nodes
- Maintain Grafana, Prometheus and Loki
- Share on-call duties with the rest of the team

What you bring
- 4+ years in infrastructure or backend engineering
- Experience with Kubernetes and Terraform
- Programming skills in Go or a similar language
- Interest in building tools for other developers
- English; Danish is not required

What we offer
- DKK 55,000-68,000 per month
- Pension contribution of 10%
- Health insurance
- Six weeks of vacation
- Lunch scheme and a good canteen
- Relocation help

Pensionsvej is an equal opportunity employer. We welcome applicants of all genders, ages, ethnicities, religions, abilities and sexual orientations.

Apply at example.com/pensionsvej""", S1),

("""Senior Infrastructure Engineer
Nakhla Fresh | Riyadh, Saudi Arabia | On-site

About us
Nakhla Fresh is a grocery delivery app serving eight cities in Saudi Arabia from 30 dark stores. Orders arrive in 20 minutes, and our technology team of 85 builds everything from the customer app to the picking software in our stores.

About the role
Our product teams move fast, and they need a solid foundation underneath them. As a Senior Infrastructure Engineer you'll help design and maintain the underlying infrastructure and shared platforms our applications run on, and build the tools and systems that help developers deliver software quickly and reliably. You'll work closely with the engineers focused on releases and on production reliability, and you'll make sure our infrastructure is scalable, secure and dependable as we grow across the Kingdom.

Responsibilities
- Design and maintain shared infrastructure for our apps and store systems
- Build internal tools that help developers create services and environments quickly
- Work with release and production reliability engineers on common improvements
- Ensure the foundation meets scalability and security requirements, including data residency
- Manage cloud accounts, networking and IAM in our in-Kingdom cloud region
- Write and review Terraform
- Operate Kubernetes clusters
- Maintain CI runners and container images
- Administer Linux servers
- Write tooling in Python or Go
- Maintain Prometheus, Grafana and Elasticsearch
- Mentor mid-level engineers

Requirements
- 6+ years in infrastructure or systems engineering
- Experience with Kubernetes, Terraform and a public cloud
- Scripting or programming skills
- English required; Arabic is a plus

What we offer
- Competitive tax-free salary
- Housing and transport allowances
- Medical insurance for you and your family
- Annual flight tickets
- 30 days of annual leave
- Relocation and visa support

Nakhla Fresh is an equal opportunity employer. We hire on merit and welcome applicants of all nationalities and backgrounds.

Apply at example.com/nakhla""", S0),

("""Infrastructure Engineer - Wavelength Audio (podcast advertising) - Brooklyn, NY (hybrid) - $135k-$160k. About us: Wavelength inserts ads into 50,000 podcasts and measures how they perform for advertisers. Our systems serve around 400 million ad decisions a month. We are 45 people, half of them engineers, and we have been profitable for two years. About the role: Our engineering teams deploy onto infrastructure that our four-person team builds and maintains. We're adding a fifth person. You'll help build and look after that foundation: cloud resources, Kubernetes clusters and the orchestration around them, all managed as code. You'll make sure it scales for weekday morning download peaks and holds steady during outages upstream, and you'll keep improving it through automation. What you'll do: - Build and maintain Kubernetes clusters and the cloud resources our applications run on - Improve container orchestration, autoscaling and scheduling - Increase the scalability and resilience of the infrastructure - Manage GCP projects, VPCs and IAM - Write Terraform and Helm charts - Maintain Docker images and Artifact Registry - Support the CI/CD pipelines that deploy to our clusters - Administer Linux nodes - Write tools in Go or Python - Maintain Prometheus, Grafana and Cloud Logging - Join the on-call rotation. What you bring: - 3+ years in infrastructure engineering - Kubernetes and Docker in production - Terraform and a public cloud - Scripting or programming skills. Nice to have: - Experience with ad-serving or other high-request-rate services - Familiarity with spot or preemptible capacity - Experience upgrading clusters without downtime. Benefits: medical, dental and vision; 401(k) with 4% match; 20 days PTO plus holidays; commuter benefits; $1,000 learning stipend; a quiet recording booth you can book for calls. Wavelength Audio is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status. Apply at example.com/wavelength""", S4),

("""Cloud Infrastructure Engineer, Research and Education
Noorderzon University | Groningen, Netherlands | Hybrid

About us
Noorderzon University has 32,000 students and 6,000 staff. Our Centre for Information Technology provides the systems used for teaching, research and administration, and builds research software with scientists across the faculties.

About the role
The university has decided to move a large part of its teaching and research applications to public cloud, alongside our own data centre. We're looking for an engineer to help build and maintain that cloud infrastructure. You'll help choose the right providers and services, set up and configure cloud resources, and automate their provisioning and management, with the aim of a highly available, secure and well-performing environment. You'll work closely with the university's application developers and research software engineers so that the infrastructure serves their needs.

Your tasks
- Help evaluate cloud providers and services against the university's requirements
- Set up and configure subscriptions, networks, compute, storage and managed services
- Automate the provisioning and lifecycle management of cloud resources
- Tune resources for performance, scalability and cost
- Work with application developers and research software engineers to understand their workloads
- Write and maintain Terraform
- Support containers on Kubernetes
- Administer Linux servers
- Write scripts in Python or PowerShell
- Configure monitoring and logging
- Document designs for the university's security office

Your profile
- Bachelor's or master's degree in a relevant field
- 3+ years in cloud or infrastructure engineering
- Experience with Azure, AWS or similar
- Terraform and scripting
- English; Dutch is an advantage

What we offer
- Salary €4,000-€5,700 gross per month (scale 10/11 CAO NU)
- Holiday allowance of 8% and year-end bonus of 8.3%
- 232 hours of leave per year on full-time employment
- ABP pension scheme
- Excellent training opportunities

Noorderzon University is committed to an inclusive community. We welcome applications from people of all backgrounds, genders, abilities and nationalities.

Apply at example.com/noorderzon""", S2),

("""Senior Infrastructure Engineer
Formosa Smart Locks Co., Ltd. | Taipei, Taiwan | Hybrid

About us
Formosa makes smart locks and access control systems for apartments, offices and hotels in Asia and Europe. Four million locks report to our cloud service, and our firmware, cloud and app teams have 120 engineers in Taipei and Hsinchu.

About the role
Early on, one of our founding engineers held our infrastructure together with a set of scripts: provisioning servers, linking our data centre with the cloud, copying production to staging and collecting logs from a home-made agent. That became, almost by accident, our internal platform. We now want to develop it properly so that our cloud and app teams can build on it efficiently. You'll write a lot of code for infrastructure (never lock firmware or app features) and shape the layer between raw resources and the product teams.

What you'll do
- Develop provisioning tooling and internal APIs that teams use to create services and environments
- Build a standard service template integrated with our metrics and logs collection
- Operate Kubernetes clusters on AWS for product teams
- Maintain network connectivity between our data centre and cloud regions
- Keep staging environments consistent with production
- Manage AWS accounts, VPCs and IAM
- Write and review Terraform
- Maintain CI runners and container base images
- Administer Linux servers
- Maintain Prometheus, Grafana and OpenSearch
- Participate in the on-call rotation

What you bring
- 6+ years in infrastructure or backend engineering
- Strong programming skills in Go or Python
- Kubernetes and Terraform
- Networking fundamentals
- English required; Mandarin is a plus

What we offer
- Annual salary NT$2.2-2.8 million, including guaranteed bonus
- Employee stock ownership
- Labour and health insurance plus group insurance
- Flexible working hours
- Free locks for your home, naturally

Formosa Smart Locks is an equal opportunity employer. We welcome applicants of all genders, ages, nationalities, religions and abilities.

Apply at example.com/formosalocks""", S1),

("""Infrastructure Engineer II
Puget Sound Genomics Institute | Seattle, WA | Hybrid

About us
The Puget Sound Genomics Institute is a nonprofit research organisation studying the genetics of cancer and rare disease. Our 400 scientists generate petabytes of sequencing data each year, and our software teams build the pipelines, portals and tools they use.

About the role
Our research software teams build excellent tools but spend too much time assembling infrastructure. We are looking for an infrastructure engineer to help design and maintain the underlying infrastructure and shared platforms that our applications and pipelines run on, and to build the tools and systems that let development teams deliver software quickly and reliably. You'll work closely with colleagues who look after releases and production reliability, and you'll help keep our foundation scalable, secure and dependable.

What you'll do
- Design and maintain shared infrastructure for research applications and data pipelines
- Build tools that let development teams create environments and services without tickets
- Collaborate with release and reliability colleagues on shared priorities
- Keep infrastructure scalable for growing data volumes and secure for controlled-access data
- Manage AWS accounts and on-premises HPC integration
- Write Terraform and Ansible
- Operate Kubernetes clusters
- Maintain CI runners and container images
- Administer Linux servers
- Write scripts in Python
- Maintain Grafana and CloudWatch

What you bring
- 3+ years in infrastructure, systems or backend engineering
- AWS, Terraform and Kubernetes experience
- Python scripting
- Interest in science; no biology background required
- Experience with research computing or HPC is a plus

Benefits
- $120,000-$145,000 base salary
- Medical, dental and vision insurance
- 403(b) with 8% employer contribution
- Four weeks vacation plus holidays
- Transit pass and tuition assistance

The Puget Sound Genomics Institute is an equal opportunity employer. We welcome applicants of all races, colors, religions, sexes, sexual orientations, gender identities, national origins, ages, disabilities and veteran statuses.

Apply at example.com/psgi""", S0),

("""Lead Infrastructure Engineer
Scheldenet Port Community Systems NV | Antwerp, Belgium | Hybrid

About us
Scheldenet runs the digital system through which shipping lines, terminals, customs, forwarders and hauliers exchange information about every container moving through the port. Over 15 million messages pass through our services each day.

About the role
All Scheldenet applications run on infrastructure built and maintained by our infrastructure team, which you'll lead. You'll be responsible for the cloud resources and Kubernetes clusters our services run on, for container orchestration, and for keeping the whole foundation scalable and reliable. You'll guide the team's automation and infrastructure-as-code practices and keep improving how we work.

Your responsibilities
- Lead a team of four infrastructure engineers
- Own the Kubernetes clusters and cloud resources our applications run on
- Drive improvements in container orchestration, scalability and resilience
- Guide automation and infrastructure-as-code practices
- Manage Azure subscriptions, networking and identity
- Review Terraform and Helm charts
- Maintain container images and registries
- Support CI/CD pipelines deploying to our clusters
- Administer Linux nodes
- Maintain Prometheus, Grafana and Azure Monitor
- Coordinate the team's on-call rotation

Your profile
- 7+ years in infrastructure engineering, including technical leadership
- Deep Kubernetes, Docker and Terraform experience
- Azure or another public cloud
- Good communication skills
- English; Dutch or French is a plus

Nice to have
- Experience in logistics, ports or other message-heavy industries
- Familiarity with hybrid setups spanning cloud and on-premises
- Certifications in Kubernetes or Azure

What we offer
- Gross monthly salary €6,000-€7,500
- Company car or mobility budget
- Meal vouchers and eco vouchers
- Group insurance and hospitalisation insurance
- 32 days of leave
- Hybrid work

Scheldenet is an equal opportunity employer. We welcome applicants regardless of gender, age, origin, religion, disability or sexual orientation.

Apply at example.com/scheldenet""", S4),

("""Junior Cloud Infrastructure Engineer
Evbulur Real Estate Technologies A.Ş. | Istanbul, Turkey | Hybrid

About us
Evbulur runs one of Turkey's largest property listing portals, with 900,000 active listings and 20 million monthly visits. We also build CRM software used by 6,000 estate agencies.

About the role
We're building a new cloud environment for our listing and CRM products. As a junior engineer you'll join a team of three and learn to build and maintain that environment: helping set up and configure cloud resources, automating how they're provisioned and managed, and making sure they are highly available, secure and fast. You'll also spend time with our application developers to understand what they need from the infrastructure.

What you'll do
- Help set up and configure networks, compute, storage and managed databases in the cloud
- Automate provisioning and management of cloud resources with Terraform
- Help tune resources for performance and cost
- Talk with application developers about their needs and help meet them
- Learn to support Kubernetes workloads
- Administer Linux servers
- Write scripts in Bash or Python
- Maintain monitoring dashboards
- Document what you build

What you bring
- Degree in computer engineering or a related field
- 0-2 years of experience; internships count
- Basic Linux, networking and scripting knowledge
- Interest in cloud technologies
- Turkish and English

Nice to have
- A home lab, side project or open-source contribution you can tell us about
- Any cloud certification, even a foundational one
- Familiarity with Docker

What we offer
- Competitive salary reviewed twice a year
- Private health insurance
- Meal card
- Hybrid work from our Maslak office
- Certification and training support
- Mentorship from senior engineers

Evbulur is an equal opportunity employer. We welcome applications from people of all genders, ages, religions, abilities and backgrounds.

Apply at example.com/evbulur""", S2),

("""Infrastructure Engineer
Chinook Rewards Inc. | Calgary, AB | Hybrid

About us
Chinook Rewards runs the loyalty programme for a group of 900 grocery stores, pharmacies and gas stations across Western Canada. Six million members collect points at the till and redeem them in our app, and partners send us transaction data around the clock.

About the role
Our product teams build the points engine, the app and the partner integrations. They deploy onto infrastructure our team builds and maintains, and we're looking for another engineer to join us. You'll help set up and manage the cloud resources and Kubernetes clusters our applications run on, look after container orchestration, and keep the whole foundation scalable and dependable. You'll automate whatever you touch and keep making the infrastructure a little better each month.

What you'll do
- Build and maintain the Kubernetes clusters and cloud resources our services run on
- Improve container orchestration, autoscaling and resilience for peak shopping periods
- Automate cluster creation, upgrades and supporting services
- Manage Azure subscriptions, networking and identity
- Write and review Terraform and Helm charts
- Maintain Docker base images and the container registry
- Support CI/CD pipelines that deploy to our clusters
- Administer Linux nodes
- Write scripts in Python, Bash or PowerShell
- Maintain Prometheus, Grafana and Azure Monitor
- Take part in the infrastructure on-call rotation

What you bring
- 3+ years in infrastructure, systems or cloud engineering
- Experience running Kubernetes and Docker in production
- Terraform and a public cloud, ideally Azure
- Scripting skills
- A habit of automating repetitive work

Nice to have
- Experience with payment card or loyalty data requirements
- Familiarity with service meshes

Benefits
- CAD $110,000-$135,000 plus annual bonus
- Health, dental and vision benefits
- RRSP matching up to 5%
- Three weeks of vacation plus a winter recharge day
- Points, of course, and a free annual ski pass for a local hill
- Hybrid schedule with two office days downtown

Chinook Rewards is an equal opportunity employer. We welcome applications from women, Indigenous peoples, persons with disabilities, racialized people and 2SLGBTQI+ people, and we offer accommodations throughout our hiring process.

Apply at example.com/chinook""", S4),

("""Senior Infrastructure Engineer
Kymata Ferries Online S.A. | Athens, Greece | Hybrid

About us
Kymata sells ferry tickets for 40 operators across the Greek islands, Italy and Turkey. In July and August, our booking services handle 50,000 tickets a day and our check-in apps run on every major port quayside.

About the role
Our six development teams each need environments, pipelines, databases and monitoring, and until now each has set them up differently. We're hiring a senior engineer to help design and maintain shared underlying infrastructure and platforms for all our applications, and to build tools and systems that help the teams deliver software quickly and reliably. You'll work closely with colleagues who look after releases and those who look after production reliability, and you'll make sure the infrastructure is scalable, secure and reliable ahead of each summer.

Responsibilities
- Design and maintain shared infrastructure for booking, check-in and operator services
- Build tools that let teams create services and environments quickly and consistently
- Collaborate with release and reliability colleagues on a shared roadmap
- Keep the infrastructure scalable for summer peaks and secure for payment data
- Manage AWS accounts, VPCs and IAM
- Write and review Terraform
- Operate Kubernetes clusters
- Maintain CI runners and container images
- Administer Linux servers
- Write tooling in Python or Go
- Maintain Prometheus, Grafana and Loki
- Mentor two mid-level engineers

Requirements
- 6+ years in infrastructure or systems engineering
- Deep experience with AWS, Kubernetes and Terraform
- Scripting or programming skills
- Good English; Greek is a plus

Nice to have
- Experience in travel or ticketing
- PCI DSS experience

What we offer
- Gross annual salary €48,000-€62,000
- Private health insurance for you and your family
- Meal vouchers
- Hybrid work from our office in Piraeus
- Free ferry travel for you and your family
- Training budget

Kymata is an equal opportunity employer. We welcome applications from people of all backgrounds, genders, ages, abilities, religions and sexual orientations.

Apply at example.com/kymata""", S0),

("""Staff Infrastructure Engineer, Service Foundations
Helpdesk Harbour Software Inc. | Vancouver, BC | Hybrid or Remote (Canada)

About us
Helpdesk Harbour makes customer support software used by 25,000 companies to answer emails, chats and calls. Our 280 engineers work in 35 teams, and most of them build and run microservices that look a lot alike.

About the role
Kubernetes and our cloud provider give us powerful but generic building blocks. The result, today, is that each team assembles its own version of the same service: its own Dockerfile, its own deployment manifests, its own approach to logs and metrics. We want every new service to start from a well-made default that is already integrated with our metrics and logs collection, runs on clusters our team operates, and is protected by sensible network policies from day one. As a Staff Infrastructure Engineer, you'll lead the design of this layer. It involves a lot of infrastructure software development; it involves none of our support product's business logic.

What you'll do
- Lead the design of the default service template and the tooling that creates and upgrades services from it
- Integrate the template with our metrics, logs and tracing pipelines
- Shape how shared Kubernetes clusters are offered to teams, including multi-tenancy and network policies with Cilium
- Work with teams to migrate existing services onto the common foundation
- Advise on AWS account structure, networking and IAM
- Review Terraform and Helm code
- Guide CI runner and container image standards
- Write internal tools in Go
- Mentor senior engineers and lead design reviews
- Take part in the infrastructure on-call rotation

What you bring
- 10+ years in infrastructure or backend engineering
- Deep Kubernetes, Terraform and AWS experience
- Strong Go programming skills
- A track record of building tools adopted by many teams
- Clear written communication

Benefits
- CAD $210,000-$250,000 plus equity
- Extended health and dental coverage
- RRSP matching up to 6%
- Four weeks vacation plus a December shutdown
- Wellness and learning stipends

Helpdesk Harbour is an equal opportunity employer. We welcome applicants of all races, ethnicities, religions, genders, sexual orientations, ages and abilities, and provide accommodations on request.

Apply at example.com/helpdeskharbour""", S1),

("""Cloud Infrastructure Engineer
Bahaghari Electronics Retail, Inc. | Manila (Taguig), Philippines | Hybrid

About us
Bahaghari is a consumer electronics and appliance retailer with 180 stores and a fast-growing online shop. Our in-house technology team of 70 builds the e-commerce site, the store point-of-sale integrations and the delivery tracking app.

About the role
Our e-commerce and store systems currently run in a local co-location facility. We're moving them to the cloud and need an engineer to help build and maintain the new environment. You'll help choose the right services, set up and configure cloud resources, automate provisioning and management, and make sure everything is highly available, secure and performs well during big sales like 11.11 and 12.12. You'll work closely with our application developers so the infrastructure fits what they are building.

What you'll do
- Help evaluate cloud services and design the target environment
- Set up and configure networks, compute, storage and managed databases
- Automate provisioning and lifecycle management of cloud resources
- Tune resources for performance and scalability during peak sales
- Work with application developers to understand and meet their requirements
- Write and maintain Terraform
- Support containers on Kubernetes
- Administer Linux and Windows servers during migration
- Write scripts in Python or Bash
- Configure monitoring and logging

What you bring
- 3+ years in cloud, infrastructure or systems engineering
- Experience with AWS, Azure or GCP
- Terraform or similar
- Networking fundamentals
- Scripting skills
- Good English and Filipino

Nice to have
- Retail or e-commerce experience
- Cloud certifications

What we offer
- Competitive salary (PHP 120,000-160,000 per month)
- HMO coverage for you and two dependants
- 13th month pay and performance bonus
- Employee discounts on electronics and appliances
- Hybrid work and learning budget

Bahaghari is an equal opportunity employer. We welcome applicants regardless of gender, age, religion, disability or background.

Apply at example.com/bahaghari""", S2),

("""Infrastructure Engineer, Kubernetes
Circle City Tickets | Indianapolis, IN | Hybrid

About us
Circle City Tickets runs a resale marketplace for sports and concert tickets, with 3 million buyers a year. When a big game's tickets drop, our traffic goes up fiftyfold in minutes.

About the role
Every one of our services runs on container infrastructure our small team builds and maintains. You'll join that team. You'll help build and look after the cloud resources and Kubernetes clusters our applications run on, manage container orchestration, and make sure the foundation scales for on-sale spikes and stays reliable in between. You'll automate the routine and keep improving the setup.

What you'll do
- Build and maintain the Kubernetes clusters and cloud resources our applications run on
- Tune autoscaling and container orchestration for sudden traffic spikes
- Improve resilience across zones and regions
- Manage AWS accounts, VPCs and IAM
- Write and review Terraform and Helm charts
- Maintain Docker base images and the container registry
- Support the CI/CD pipelines that deploy to our clusters
- Administer Linux nodes
- Write tools in Go or Python
- Maintain Datadog dashboards and monitors
- Join the on-call rotation, including the occasional big on-sale night

What you bring
- 3+ years in infrastructure engineering
- Kubernetes and Docker in production
- Terraform and AWS
- Scripting or programming skills
- Comfort with high-traffic events

Benefits
- $125,000-$150,000 base salary
- Medical, dental and vision insurance
- 401(k) with 4% match
- 20 days PTO plus holidays
- Two free tickets a quarter to an event of your choice
- Hybrid schedule with an office downtown

Circle City Tickets is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.

Apply at example.com/circlecity""", S4),

("""Infrastructure Engineer
Kasa Harvest Ltd | Accra, Ghana | Hybrid

About us
Kasa Harvest runs a marketplace connecting 80,000 cocoa, cashew and maize farmers in Ghana and Côte d'Ivoire with buyers and processors. Our apps handle listings, quality checks, payments and logistics, and our engineering team of 30 is based in Accra.

About the role
Our developers are building quickly, but each new service comes with its own infrastructure decisions. We'd like one well-designed foundation instead. You'll help design and maintain the underlying infrastructure and shared platforms our applications run on, and build the tools and systems that let developers deliver software quickly and reliably. You'll work closely with the engineers who handle releases and those who handle production reliability, and you'll help keep the foundation scalable, secure and dependable, including for users on slow mobile connections in rural areas.

What you'll do
- Design and maintain shared infrastructure for our marketplace, payments and logistics services
- Build tools that let developers create services and environments quickly
- Collaborate with release and reliability engineers on shared priorities
- Keep the foundation scalable and secure as we expand to new countries
- Manage AWS accounts, networking and IAM
- Write Terraform
- Operate Kubernetes clusters
- Maintain CI runners and Docker images
- Administer Linux servers
- Write scripts in Python or Bash
- Maintain Prometheus and Grafana

What you bring
- 2-5 years in infrastructure, systems or backend engineering
- Experience with AWS and Kubernetes
- Terraform or similar
- Scripting skills
- English; French is a plus

What we offer
- Competitive salary with a USD-linked component
- Health insurance for you and your family
- Hybrid work from our East Legon office
- Learning budget and certification support
- Quarterly field visits to farming communities

Kasa Harvest is an equal opportunity employer. We welcome applicants of all genders, religions, ethnicities, ages and abilities, and we especially encourage women to apply.

Apply at example.com/kasaharvest""", S0),

("""Infrastructure Engineer - Data Centre Fleet
Veilleur Vidéo SAS | Lyon, France | Hybrid

About us
Veilleur provides cloud video surveillance to 30,000 shops, schools and municipalities. Cameras stream to our own data centres in Lyon and Marseille, where we store and analyse footage under strict data protection rules.

About the role
We run our own hardware: 3,500 servers with a lot of disks. Our product teams should be able to use that fleet without thinking about individual machines, and that's the job of our infrastructure team. You'll develop and run the software that keeps track of our machines and their components, the automation that installs operating systems and base packages when servers are provisioned or replaced, the tooling that brings new racks into service, and the network links between our two sites. On top of that fleet, we run Kubernetes for the product teams.

Your responsibilities
- Develop and maintain our hardware inventory and asset tracking software
- Automate operating system installation and base package setup for new servers
- Build tooling to commission new racks and decommission old hardware
- Maintain connectivity between our Lyon and Marseille data centres with the network team
- Operate Kubernetes clusters on our bare-metal fleet for product teams
- Administer Linux servers and storage at scale
- Write Ansible and Terraform
- Write tools in Python and Go
- Maintain Prometheus, Grafana and our logging pipeline
- Take part in the on-call rotation for the fleet

Your profile
- 3+ years in systems engineering or infrastructure development
- Strong Linux knowledge, including PXE and boot processes
- Python or Go programming
- Configuration management experience
- Interest in hardware and storage
- French and English

What we offer
- €50,000-€64,000 gross per year
- Mutuelle and prévoyance
- Meal vouchers and 50% public transport reimbursement
- RTT days and remote work allowance
- Profit-sharing

Veilleur Vidéo is committed to diversity. We consider all applications regardless of gender, age, origin, disability, religion or sexual orientation. This position is open to people with disabilities.

Apply at example.com/veilleur""", S1),

("""Senior Infrastructure Engineer
Sen Vàng Wallet JSC | Ho Chi Minh City, Vietnam | Hybrid

About us
Sen Vàng is a mobile wallet with 9 million users in Vietnam. People use it to pay at shops, top up phones, pay utility bills and send money to family. Our engineering team has 140 people.

About the role
All of Sen Vàng's services run on infrastructure built and maintained by our infrastructure team. As a senior engineer, you'll help lead the work on that foundation: the cloud and on-premises resources, the Kubernetes clusters and container orchestration, and the automation that manages them. You'll keep it scalable for Tết and payday peaks and reliable every other day, and you'll continuously improve it.

Responsibilities
- Build and maintain the Kubernetes clusters and infrastructure resources our applications run on
- Improve container orchestration, scalability and resilience across data centres and cloud
- Automate cluster lifecycle and supporting services
- Manage cloud accounts and on-premises virtualisation
- Write and review Terraform and Ansible
- Maintain Docker images and container registries
- Support CI/CD pipelines deploying to our clusters
- Administer Linux servers
- Write tools in Go or Python
- Maintain Prometheus, Grafana and Elasticsearch
- Mentor junior engineers
- Take part in the on-call rotation

Requirements
- 5+ years in infrastructure or systems engineering
- Deep Kubernetes and Docker experience
- Terraform or Ansible
- Scripting or programming skills
- Vietnamese and good English

Nice to have
- Experience in payments or banking
- Familiarity with hybrid cloud and on-premises setups

What we offer
- Competitive salary (VND 60-90 million per month gross)
- 13th month salary and performance bonus
- Premium health insurance
- Hybrid work
- Annual company trip
- Training budget

Sen Vàng is an equal opportunity employer. We welcome applicants of all genders, religions, ethnicities, ages and abilities.

Apply at example.com/senvang""", S4),

("""Manager, Infrastructure
Trinity Ramp Aviation Software | Fort Worth, TX | Hybrid

About us
Trinity Ramp builds maintenance tracking, parts inventory and airworthiness software for regional airlines and charter operators. Our software helps 60 operators keep 1,400 aircraft flying safely and legally.

About the role
We're hiring a manager to lead our infrastructure team of five. Your team will design and maintain the underlying infrastructure and shared platforms our applications run on, and build the tools and systems that help our development teams deliver software quickly and reliably. You'll work closely with the leaders responsible for releases and for production reliability, and make sure our foundation is scalable, secure and dependable enough for an industry where records must never be lost.

What you'll do
- Lead, hire and develop a team of five infrastructure engineers
- Set the roadmap for shared infrastructure and internal tooling
- Partner with release and production reliability leaders on a common plan
- Own scalability and security standards for the foundation
- Oversee AWS accounts and our remaining data centre footprint
- Guide Terraform, Kubernetes and Linux practices
- Make decisions on CI, secrets and observability tooling
- Manage the team's budget and vendor contracts
- Coordinate the team's on-call rotation
- Report to the VP of Engineering

What you bring
- 8+ years in infrastructure or systems engineering, including 2+ years managing engineers
- Solid hands-on background with AWS, Kubernetes and infrastructure as code
- Experience with security and compliance requirements
- Clear communication with engineers and executives

Nice to have
- Aviation or other safety-critical industry experience
- Experience migrating workloads from data centres to the cloud

Benefits
- $170,000-$195,000 base salary plus bonus
- Medical, dental and vision insurance
- 401(k) with 5% match
- Four weeks PTO plus holidays
- Tuition assistance
- Hybrid schedule with an office near the airport

Trinity Ramp is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.

Apply at example.com/trinityramp""", S0),

("""Principal Cloud Infrastructure Engineer
Sunset Boulevard Media Group | Los Angeles, CA | Hybrid

About us
Sunset Boulevard Media Group owns four cable channels, a streaming service with 7 million subscribers and a library of 12,000 films and series. Our technology group builds the streaming apps, content management and ad systems.

About the role
Our technology estate grew through acquisitions and now spans three clouds and two data centres. We're consolidating, and we want a principal engineer to set the direction for the cloud infrastructure that will run our applications for the next decade. You'll lead the selection of providers and services, define how cloud resources are set up and configured, drive automation of provisioning and management, and make sure the result is highly available, secure and performs well for streaming at scale. You'll work closely with application developers across the company so that the infrastructure fits what they build.

What you'll do
- Lead the evaluation and selection of cloud providers and services for the consolidated estate
- Define standards for configuring accounts, networks, compute, storage and managed services
- Drive automation of provisioning and lifecycle management across all environments
- Set targets for performance, scalability and availability with application teams
- Work with application developers across streaming, content and ads to translate their needs into infrastructure
- Review Terraform and Kubernetes designs
- Guide Linux and container image standards
- Evaluate observability, security and cost-management tools
- Mentor senior engineers and contribute to hiring
- Present plans to technology leadership

What you bring
- 12+ years in cloud, infrastructure or systems engineering
- Deep experience with at least two of AWS, Azure and GCP
- Extensive infrastructure-as-code and automation experience
- A track record of leading large migrations or consolidations
- Excellent communication

Benefits
- Base salary $240,000-$280,000 plus bonus and long-term incentives
- Medical, dental and vision insurance
- 401(k) with 6% match
- Generous PTO and paid parental leave
- Free streaming subscription and screening invitations

Sunset Boulevard Media Group is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, veteran status or any other protected characteristic.

Apply at example.com/sunsetboulevard""", S2),
]

# ---------------------------------------------------------------------------------------------
FEED_POSTS = []
for _label, _posts in [("devops", DEVOPS), ("sre", SRE), ("platform", PLATFORM)]:
    FEED_POSTS += [(t.strip(), _label, _label, src) for t, src in _posts]

# No duplicate texts, none already in feed_posts.FEED_POSTS, no role named, every source a seed.
_texts = [t for t, _, _, _ in FEED_POSTS]
assert len(_texts) == len(set(_texts)), [t[:60] for t, n in Counter(_texts).items() if n > 1]
_existing = {t for t, _, _, _ in feed_posts.FEED_POSTS}
assert not [t[:60] for t in _texts if t in _existing]
_ROLE_NAME = re.compile(r"dev\s*-?\s*ops|\bsres?\b|site\s+reliability|platform\s+engineer", re.I)
assert not [t[:60] for t in _texts if _ROLE_NAME.search(t)], [t[:60] for t in _texts if _ROLE_NAME.search(t)]
assert all(s in (S0, S1, S2, S3, S4) for _, _, _, s in FEED_POSTS)
