"""More whole short postings in the style of a monthly startup hiring thread, written for jobclass
as negatives for the posting-level gate ("is this DevOps, SRE or Platform Engineering at all?").

Every post here is labelled "other": jobs that none of the seed articles describes. They are the
bulk of a real feed: product companies of every kind hiring software engineers, backend,
full-stack, frontend and mobile developers, founding engineers and CTOs, game, embedded and
hardware programmers, and posts that just list a few openings ("we're hiring engineers and a
designer") with a blurb, a stack and an email. About half of the technical posts mention tools or
duties the three roles also touch (AWS, Heroku, Docker, Kubernetes, Terraform, Chef, Puppet,
Jenkins and other CI, deploying your own code, an engineers' on-call rotation, traffic, latency,
uptime) while the job is plainly building the product. None names one of the three roles, except
about fifteen that mention such a team or colleague in passing ("our SRE team runs the pager; you
build features"), so that a passing mention is not taken for the job.

FEED_POSTS is a list of (text, "other", family, "-"), family being one of software, backend,
fullstack, frontend, mobile, unspecified, founding, games_hw. The posts vary in length (from a
one-line thread post to a few paragraphs), format (flattened header lines, header and paragraph,
bullets, "Location: ... / Tech: ..." lines), era and stack, place, visa notes and pay.
Every company, address (example.com) and sentence is invented here; nothing is copied from the
seed articles or from any real posting, and no text repeats one in feed_posts.FEED_POSTS.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(__file__))
import feed_posts  # noqa: E402

# ---------------------------------------------------------------------------------------------
# other: generic software engineers, product companies of every industry
# ---------------------------------------------------------------------------------------------
SOFTWARE = [
"""Tinplate Health | Software Engineers (all levels) | Nashville, TN or Remote (US) | Full-time
Tinplate builds the intake and prior-authorization software that orthopedic clinics use before surgery. Every denied authorization is a knee replacement pushed back by weeks, so we sweat the workflow. Stack: Ruby on Rails, React, Postgres, deployed on Heroku. Eleven engineers, one designer, no middle managers yet. Our customers are 90 clinics in 12 states, and the hard problems are payer rules that change monthly, faxes that still arrive as images, and schedulers who need an answer before the patient hangs up. You'll pair with two former clinic managers who sit in product and know every form by number. We deploy from main several times a day. Good benefits, a real parental leave policy, and a team that eats barbecue together on Fridays when half of us are in Nashville. $135k-$185k plus options. Email eng@example.com and tell us what you'd fix first on our public demo.""",

"""Gravelpit Software | Software Engineer | Remote (US/Canada) | $120k-$150k | We make estimating and job costing software for small paving and excavation contractors. PHP (Laravel), Vue, MySQL. A few customers still fax us their takeoffs and we love them anyway. You'd join four engineers who each own a slice of the product: takeoffs from PDF plans, the estimate builder, and the job costing reports contractors open when a project runs long. We ship to a couple of Linux servers with a deploy script one of us wrote in an afternoon that has worked ever since. Our customers bid jobs at 11 pm the night before they're due, so we value boring reliability. Knowing PHP matters less than being curious about a trade you've never thought about. Benefits include health cover, a yearly trip to a customer's job site, and a surprising number of hard hats. Small team, no meetings before 11. jobs@example.com""",

"""Company: Lanternfish Learning
Role: Software Engineer (mid-level)
Location: Toronto, ON (hybrid, 2 days in office)
Remote: Canada only
Tech: Python, Django, React, Postgres, AWS (ECS, RDS), GitHub Actions
Salary: CAD $105k-$135k
About: Lanternfish makes reading assessments for grades 1 to 4. A teacher runs a five-minute check on a tablet and gets a short plan for each kid. You'd work on the scoring service and the teacher dashboard, and you'd ship your own changes to production through our pipeline from the first week.
Apply: example.com/lanternfish""",

"""Ratchet Logistics | Software Engineer | Columbus, OH | Onsite

We help regional trucking fleets plan loads and pay their drivers correctly. What the job looks like:
- Build features in our C# / .NET 8 backend and the Angular app dispatchers live in
- Sit with dispatchers during the morning rush now and then (bring coffee)
- Write integrations with electronic logging devices and fuel card providers
- Take a turn on the weekday support rotation, one week in six
We use SQL Server, Azure App Service and Azure Pipelines. $105k-$135k, 401k match, and a parking spot next to the trucks. careers@example.com""",

"""Quartzline (YC S18) | Software Engineers | New York | Onsite | $160k-$220k + equity
Quartzline runs payroll and tax filing for restaurants with tipped staff. That is harder than it sounds: tip pooling rules change by state, by city and sometimes by the owner's mood. Our code is Elixir and TypeScript on Postgres. We run about $90M of payroll a month and are adding health benefits next. You'll build features end to end and occasionally take a call from a restaurant owner at 11 pm who wants to know where a line cook's overtime went. team@example.com""",

"""Briefcase Row | Software Engineer | Washington, DC | Hybrid | $130k-$165k

Briefcase Row builds docketing software for immigration law firms: filing deadlines, government forms, client portals in eight languages. A missed deadline can mean a deported client, so reminders and audit trails are the heart of the product. Java and Spring on the backend, Angular on the front, and an Oracle database we are moving to Postgres this year. We host on AWS and engineers deploy through Jenkins several times a week. We'd like someone who enjoys careful, well-tested code and can explain a tricky bug to a paralegal. careers@example.com""",

"""Reelhouse Media | Software Engineer, Publishing Tools | London (Clerkenwell) | Hybrid | £70k-£90k
Reelhouse publishes four cycling and outdoor magazines and runs a small podcast network. Our in-house team of five builds the CMS, the paywall and the tools editors use to put together an issue. This year's list: a print-to-web workflow so a feature goes online the morning the issue lands, a membership scheme with member-only rides and events, and a podcast player that remembers where you stopped. You'll work closely with editors who know exactly what they want and a commercial team that wants it by Thursday. We deploy a couple of times a day to a small Kubernetes cluster a freelancer maintains; you'll mostly see it as a green tick. We're a friendly, small team that eats lunch together on office days and talks about bikes far too much. PHP (Symfony) with a growing amount of Go, React for the editor. Cycle-to-work scheme, naturally, and free copies of everything. jobs@example.com""",

"""Shedrow | Engineers of all levels | Lexington, KY or Remote (US)

Shedrow is an online marketplace for buying and selling horses, trailers and tack. 200,000 listings and a surprising amount of drama in the comments. We're on Rails 7 with Hotwire, Postgres and Sidekiq, hosted on Heroku. We want engineers who will own a feature from rough sketch to deploy and who don't mind reading the support inbox. Pay $115k-$165k depending on level. jobs@example.com""",

"""Fluxgate Instruments | Software Engineer | Boulder, CO | Onsite | $115k-$145k
We make handheld magnetometers for geologists and archaeologists. You'll write the desktop and web software that turns a day of survey walking into a map: Python and Qt on the desktop, a little C for the device link, and a browser viewer in TypeScript. Signal processing experience is a plus but not required; enjoying a field trip to a dig site is. jobs@example.com""",

"""Culturebox Bio | Software Engineer, Lab Informatics | Cambridge, MA | Hybrid | $140k-$170k

Culturebox grows and characterizes cell lines for drug developers. The lab runs on software we write ourselves: sample tracking, freezer inventory, instrument data capture and the reports that go to customers. Python (moving from Flask to FastAPI), Postgres, Vue. We're three engineers who sit with the scientists and fix their day-to-day annoyances. Experience with LIMS or instrument integrations is welcome but not required; patience with barcodes is. careers@example.com""",

"""Civic Ledger Works | Software Engineers | Remote (US) | $125k-$165k
We build permitting and licensing software for small cities and counties. A contractor applies for a deck permit, an inspector reviews the drawings, the clerk issues the permit, and everyone sees the same record. C# and .NET, React, SQL Server. Some customers need government cloud hosting, so part of our product runs in Azure Government, and yes, you'll learn its quirks. US citizenship required for a few projects. gov@example.com""",

"""Paperweight Studio | Software Developer | Manchester, UK | Hybrid | £45k-£60k

We're a 20-person digital agency building websites and web apps for charities, museums and universities. Expect a new project every few months: a donation flow one quarter, a collections database the next, a volunteer rota app after that. Laravel, WordPress where clients insist, React, some Node. You'll also deploy your own projects to client servers and to our AWS account, with a senior developer around to help the first few times. Flexible hours, a proper lunch break, and an office dog called Biscuit. jobs@example.com""",

"""Ferrotype Consulting | Software Consultants | Chicago or Remote (US) | Full-time | $115k-$160k + profit share
We're a consultancy of 35 engineers who build custom software for mid-size manufacturers and distributors: quoting tools, shop floor apps, customer portals, the occasional barcode printer integration nobody else would touch. Most projects are C#/.NET or TypeScript. You'll work with one client for three to nine months, then rotate. Travel is paid and rarely more than once a month. join@example.com""",

"""Windlass | Software Engineer | SF | onsite | $170-210k | Windlass builds inventory and work order software for boatyards and marine parts dealers. Go, React, Postgres. Eight people, seed stage, two of us own boats that need work. windlass@example.com""",

"""Sutureline | Software Engineers | Remote (US) | Full-time | $145k-$185k

Sutureline helps surgical teams count instruments and sponges so nothing gets left inside a patient. Our app runs on tablets in operating rooms and syncs to a hospital-wide dashboard that charge nurses check between cases. We're 40 people, FDA-registered, and hiring two engineers for the tablet app and its API. TypeScript, React, Node, Postgres, all on AWS with Terraform. Regulated software experience helps; so does a habit of writing tests before someone asks. We visit hospitals a few times a year to watch the product in use, scrubs provided. jobs@example.com""",

"""Chalkline | Software Engineer
Where: Bangalore (Indiranagar office), hybrid
Stack: Java, Spring Boot, React, MySQL, Redis, AWS
CTC: ₹30-45 LPA + ESOPs
Chalkline runs live coaching classes for engineering entrance exams, with 120,000 students at peak. You'll build class scheduling, the doubt-solving queue and the practice test engine. Handling the traffic spike on mock test Sundays is part of the fun; so is the office chai.
careers@example.com""",

"""Pallet & Pine | Software Engineer | Memphis, TN | Hybrid | $110k-$140k
Pallet & Pine runs a network of cross-dock warehouses, and our software team of seven writes the yard management and dock scheduling systems that keep trucks moving. Java, Spring, Angular, Postgres. The warehouse systems run on servers in our own buildings, the customer portal on AWS. You'll spend one day a month on a dock in a hi-vis vest, which is the fastest way to learn why a screen matters. jobs@example.com""",

"""Moraine Health | Software Engineer, Care Team Tools | Remote (US) | $150k-$190k

Moraine provides virtual care for people with chronic kidney disease. You'd build the tools our nurses and dietitians use all day: charting, task queues, secure messaging and lab result review. Python and Django, React, Postgres. Our SRE team of three runs the clusters and holds the pager for infrastructure; you'll own your features, their tests and their behaviour after launch. We hire people who are kind in code review and stubborn about patient safety. jobs@example.com""",

"""Tallyho Money | Software Engineer | London | Hybrid (2 days) | £80k-£110k

What we do: current accounts for freelancers, with tax set aside automatically every time a client pays.
What you'll do:
- Build features in our Kotlin services and our React Native app
- Work in a squad of five with a product manager and a designer
- Review designs and code, and write both up clearly
- Release weekly to 90,000 customers
What we use: Kotlin, Postgres, Kafka, Kubernetes on GCP, Terraform
Visa sponsorship available. 25 days holiday plus your birthday. Apply at example.com/tallyho""",

"""Hopyard | SWE | Portland, OR | REMOTE ok | Brewery management software: recipes, batch logs, taproom point of sale and federal excise reports. Rails and React on Postgres. We like beer but we hire for code and kindness. $120k-$150k. hello@example.com""",

"""Writ & Seal | Software Engineers | Remote (US) | Full-time | $140k-$180k
Writ & Seal builds e-filing software that lets lawyers file documents with state courts without printing anything. Every court has its own rules, its own formats and its own maintenance windows. Scala and Play on the backend, React on the front, Postgres and S3. You'll work on court integrations, the filing review queue and billing. We run on AWS and try hard to keep things boring. careers@example.com""",

"""Tollgate Insurance Tech | Software Engineer | Hartford, CT | Hybrid | $120k-$155k

We write policy administration software for small mutual insurers, some of them founded before the telephone. They want modern software without surprises. C#, .NET 8, Blazor, SQL Server. You'll add product lines, rating rules and integrations with state filing systems. Builds run in Jenkins and releases go out through Octopus; you push the button for your own changes. hr@example.com""",

"""Latchkey | Software Engineers (mid/senior) | Miami, FL | Hybrid | $140k-$180k + equity
Latchkey runs self-guided home tours for rental property managers: a renter books online, gets a code and tours the unit alone. About 30,000 tours a month. TypeScript and NestJS, React, Postgres, on AWS (ECS, RDS) with Terraform. We integrate with smart locks from five vendors, which keeps life interesting when one of them changes an API without telling anybody. jobs@example.com""",

"""Seedcorn Collective | Software Engineer | Remote (US) | $105k-$125k
Seedcorn is a nonprofit building free tools for food banks and pantries: inventory, volunteer shifts and client intake that works on a donated laptop. Five engineers and a designer. Django, HTMX, Postgres, one modest server. Most of our users are volunteers in their seventies, so we test every screen with them before we ship it. Nothing is fancy: we deploy by pushing to main and the server restarts. What is hard is data: 300 pantries count cans, families and pounds in 300 different ways, and funders want it all added up. If you want your code to put food on tables, write to work@example.com.""",

"""Mapstone Travel | Software Engineer | Barcelona | Hybrid | €50k-€65k
We build booking and operations software for tour operators running walking and cycling holidays across Europe: itineraries, luggage transfers, hotel allocations. Symfony, Vue, MySQL, Redis. Once a trip is booked, our software does the rest: rooms in family-run hotels, bags moved between villages each night, and a traveller app with the day's route and a phone number for someone who speaks your language. Our biggest customer runs 9,000 trips a season in the Alps and the Dolomites. Small team, English at work, Spanish at lunch. Visa support for non-EU candidates. jobs@example.com""",

"""Beadwork Commerce | Senior Software Engineer | Remote (Americas) | $170k-$200k

Beadwork is a storefront builder for craft sellers: 60,000 shops and around 25 million page views a day during the holidays. You'll work on checkout, search and the shop editor. Ruby on Rails, Postgres, Redis and Elasticsearch, running in Kubernetes. Performance matters here because our sellers' sales depend on it: you'll profile slow pages, kill N+1 queries and help make Black Friday quiet. Every engineer is on call one week in eight, and we give a day off after a rough week. jobs@example.com""",

"""Parallax Ledger | Software Engineer (Clojure) | Remote (Europe) | €75k-€95k
We build risk and exposure reporting for commodity traders: positions in oil, grain and metals, marked to market every few minutes. Clojure and ClojureScript, Datomic, Kafka. Traders and risk managers use us through a dense web app where every column matters and nobody likes surprises at month end. You'll work on the position engine, the mark-to-market jobs and the reports that go to banks. We deploy twice a week and write a short architecture note for anything bigger than a bug fix. Interviews are a conversation about code you've written plus a short paid exercise. Most of us have worked in finance; you don't need to have, but you'll need to enjoy learning how a grain elevator hedges. Functional programming experience matters more than Clojure itself. Small team, written culture, no standups. jobs@example.com""",

"""Switchyard Messaging | Software Engineer (Erlang/Elixir) | Stockholm | Hybrid

Switchyard makes messaging gateways that mobile operators use to route SMS and RCS traffic between networks. Billions of messages a month and very little patience for dropped ones. Erlang/OTP with some Elixir, Mnesia and Postgres. You'll work on routing logic, throttling and new operator integrations, and you'll learn more about telecom billing than you expected. Swedish not required. SEK 55k-70k a month. careers@example.com""",

"""Kiln & Co | Web Developer | Leeds | £38k-£48k | Small agency, mostly Craft CMS and Laravel with some Vue. Our clients are breweries, theatres, a bike co-op and a very demanding cheese shop. Junior-friendly, and we'll pair with you. hello@example.com""",

"""Wardroom Health | Software Engineer, Interoperability | Remote (US) | $140k-$175k
Wardroom's app helps hospital discharge planners find open beds at rehab and skilled nursing facilities, so patients don't wait days in a hospital bed. The hard part of this job is HL7 and FHIR: reading admission and discharge feeds from 80 hospitals and making sense of them. C#, .NET, SQL Server on Azure. Mirth Connect experience is a big plus. You'll join a team of five that owns the interface engine, the matching logic that ties a hospital's patient to our referral, and the monitoring that tells us when a feed goes quiet. Hospitals change their interfaces with little warning; part of the job is noticing fast and fixing it calmly. We're 60 people, Series B, with full benefits and a 401k match. We interview in three steps: a call, a paired session on an HL7 message we've already anonymized, and a conversation with a discharge planner who uses our product every day. jobs@example.com""",

"""Sparkplug Trades | Software Engineers | Atlanta, GA | Hybrid | $125k-$170k

Sparkplug connects homeowners with licensed electricians and plumbers for small jobs, and handles quotes, scheduling and payment. We're live in 14 metros and adding more each quarter. Engineering is 18 people in three product teams: homeowner, pro and marketplace operations. We write Python (Django) and TypeScript (React and React Native) on Postgres and Redis. We deploy many times a day through CircleCI to AWS, and each team watches its own dashboards. On-call is shared inside each team, and pages are rare enough that we still talk about each one. We're looking for engineers who like messy real-world problems: no-shows, rescheduling, pricing a job that nobody has described well, and pros who answer texts but never email. We're 120 people, Series B, with offices in Atlanta and Denver and a team of trade advisers who are former electricians and plumbers; they'll be your best teachers. If that sounds fun rather than awful, apply at example.com/sparkplug.""",

"""Statehouse Digital | Software Engineer | Sacramento, CA | Hybrid | $130k-$165k
We're a small public benefit company that rebuilds benefits applications for state agencies: unemployment, food assistance, childcare subsidies. Plain language, accessibility and mobile first, because most applicants use a phone. Java and Spring, React, Postgres. We deploy into each agency's cloud account, often AWS GovCloud, through their own pipelines. apply@example.com""",

"""Fieldstone Pay
Location: Remote (US)
Role: Software Engineer II
Tech: Go, gRPC, Postgres, React
Pay: $150k-$175k
ACH and card payments for homeowners' associations and condo boards. We move dues, not crypto.
jobs@example.com""",

"""Matinee Stream | Software Engineers | Los Angeles | Hybrid | $150k-$190k
Matinee is a subscription streaming service for classic and independent film. You'll work on the catalog, recommendations and our apps for smart TVs. Node and TypeScript, Postgres, a transcoding pipeline built on AWS media services. Our CDN bill is watched closely and so is start-up time on a cheap streaming stick. We're 40 people, half of them engineers, with a catalog of 4,000 films, many restored by archive partners. Next up: better search across cast and crew, a watch-party feature, and a kids' profile that only shows what a parent approves. Engineers deploy their own code and share an on-call rotation that pages a couple of times a month. Benefits include health, dental and vision, a free subscription for you and three friends, and a monthly screening night at a repertory cinema near the office. jobs@example.com""",

"""Pillbox Route | Software Engineer | Remote (US) | $130k-$160k
We run medication delivery for long-term care pharmacies. Our engineers build route planning, the driver app and the integration layer that talks to pharmacy systems. Rails, Postgres, React Native. We're on Heroku for now, and it's fine. Every morning 150 drivers leave pharmacies in four states with medications for nursing homes, and our software plans their routes, captures signatures and flags anything that must stay cold. You'll work on route optimization, the driver app's offline mode and integrations with pharmacy software that dates from the last century. Five engineers, patient customers, real impact. jobs@example.com""",

"""Furrow Data | Software Engineer | Des Moines, IA or Remote | $110k-$140k
Furrow helps grain elevators manage contracts, scale tickets and settlements with farmers. Our customers run on thin margins and trust us with their books. C#, .NET, Angular, SQL Server on Azure, with Jenkins running the builds. We like people who can read a settlement sheet and a stack trace with equal patience. careers@example.com""",

"""Tessera Legal (Remote, EU/UK) - Software Engineers - We build contract negotiation tools for in-house legal teams: redlines, playbooks, approvals. TypeScript, Node, React, Postgres, Kubernetes on AWS. €70-90k / £60-80k. jobs@example.com""",

"""Voltwell | Software Engineer, App & Cloud | Oakland, CA | Onsite | $150k-$185k

Voltwell makes battery backup units for homes. We need software engineers to build the homeowner app, the installer tools and the cloud service that collects readings from 20,000 units in the field. Python and TypeScript, AWS IoT, DynamoDB, Timestream. Firmware is another team's job; yours is everything a homeowner or installer taps on, and the services behind it. During storm season our traffic follows the weather map. jobs@example.com""",

"""Rupeeflow | Software Engineer (SDE-2) | Bangalore | Onsite | ₹35-50 LPA
Rupeeflow provides working capital loans to small retailers based on their UPI sales history. You'll build underwriting workflows, collections tooling and the backend of our merchant app. Java, Spring Boot, Kafka, Postgres, Kubernetes on AWS. Our merchants are shop owners in smaller towns, and most use our app in Hindi, Tamil or Kannada. Engineering is 40 people in squads of five, and every squad owns its services in production, from the deploy to the dashboards. We move quickly, but it's people's money, so reviews are careful and tests are expected. We offer health cover for your parents as well as your family, a home-office allowance and two weeks of onboarding with a buddy. 3-6 years of experience. careers@example.com""",

"""Mariner Claims | Software Engineer | Boston | Hybrid | $140k-$170k
Mariner handles claims for boat and marine insurance, from the first photo of a dented hull to the final check. You'll build the adjuster workbench and the customer claim flow in Java, Spring Boot and React. Our DevOps team takes care of build pipelines and environments; you'll work with them when your service needs something new, but your time goes into claims. careers@example.com""",

"""Lathe & Loom Consulting | Senior Software Engineer | Remote (UK) | £75k-£95k

We're a consultancy of 25 people helping public sector and charity clients build digital services. Projects last six to eighteen months and are usually Ruby on Rails, Python or Node, hosted on AWS. You'll pair with client developers, write plenty of code and leave their team stronger than you found it. Some travel to client sites, mostly within England. jobs@example.com""",

"""Mudroom | Software Engineers | Remote (US) | $140k-$180k | Project tracker for home renovations, shared by homeowners and contractors: budgets, photos, change orders. Next.js, Supabase, Stripe. Series A, 22 people. jobs@example.com""",

"""Whistlestop Sports | Software Engineer | Philadelphia | Hybrid | $110k-$140k
We build league management software for youth sports: registration, schedules, referee assignments and the app parents check on Saturday mornings. Season openers bring fifty times our normal traffic, and the engineers who build the features are the ones who make sure they hold. PHP (Laravel), Vue, MySQL, Redis, on AWS. jobs@example.com""",

"""Corbel Systems | Java Developer | Dallas, TX | Onsite | $95k-$125k
Corbel writes software for building supply distributors: inventory, quoting, deliveries. Java 8, Spring MVC, Hibernate, jQuery and Oracle, running on Tomcat on our own servers. We've been around since 2004, the pace is steady and nobody emails after 6. 401k match and a real pension. hr@example.com""",

"""Helixport | Software Engineers | San Diego, CA | Onsite | $145k-$180k + equity

Helixport builds software that designs guide RNAs and tracks edits across thousands of experiments. You'll work between computational biologists and the wet lab: pipelines in Python, a web app in React, data in Postgres and S3. Our analysis jobs run on AWS Batch, and you'll write and own the code that submits and reads them. You don't need a biology degree, but you'll pick up a lot of biology. jobs@example.com""",

"""Ballotworks | Software Engineer | Remote (US only) | $120k-$155k
Ballotworks makes voter registration and poll worker management software used by about 200 county election offices. Election day is not the day to find a bug, so we test a lot and freeze code early. Rails, React, Postgres, AWS. jobs@example.com""",

"""Slide Rule Learning | Software Engineers | Remote (US/Canada) | $130k-$170k

Slide Rule is a math practice app used in 2,000 middle schools. Kids answer problems, we work out what they don't understand yet, and teachers get a tidy summary before class. We're hiring two engineers for the adaptive engine and the teacher tools. Our backend is Python (FastAPI) with Postgres, the front end is React, and it all runs on Google Cloud. September is our Black Friday: traffic goes up tenfold in two weeks, so the engineers who build features spend part of the summer load testing and tuning queries. You'll be part of that. We pay for a day in a classroom each term so you can watch real kids fight with real fractions. We're 35 people, remote across North America, and we meet twice a year in a city with a good science museum. Benefits start on day one. Interviews: a chat with an engineer, a short paid exercise on a slice of our real code, and a conversation with a teacher on our product team. jobs@example.com""",

"""Bollard Freight | SWE | Long Beach, CA | Onsite | Port drayage scheduling: which truck picks up which container from which terminal, and when. Go, React, Postgres on AWS. We track about 4,000 containers a day. $140k-$170k. jobs@example.com""",

"""Kupferwerk Digital | Software Engineers | Berlin | Hybrid | €60k-€80k

Kupferwerk is an agency of 40 people building apps for German mid-size companies: a booking system for a ferry line, a service portal for a heating manufacturer, an ordering tool for a bakery chain with 300 shops. TypeScript, Node, React, Kotlin and some Java. German at B1 level helps in client meetings. Visa sponsorship and relocation support available. jobs@example.com""",

"""Earshot Health | Software Engineer | Remote (US) | $120k-$150k | Hearing aid fitting software for audiologists. C# and WPF today, a web app in React tomorrow, and you'll help build the bridge between them. careers@example.com""",

"""Cheque & Balance | Software Engineers | Toronto | Hybrid | CAD $110k-$150k
Cheque & Balance builds accounting automation for Canadian credit unions. Python and Django, React, Postgres. We deploy with Docker to AWS in the Canada region for data residency, and everything down to the DNS is in Terraform. You'll build reconciliation features, regulatory reports and member-facing tools. jobs@example.com""",

"""Loupe Exchange | Software Engineers | New York | Onsite | $160k-$200k
Loupe is a marketplace for pre-owned watches, with every watch checked by our in-house watchmakers before it ships. We're building the listing flow, the authentication workflow tools and a pricing engine. Rails, React, Postgres, Sidekiq. jobs@example.com""",

"""Murmur | Senior Software Engineer | Remote (US/EU) | $180k-$220k

Murmur is a voice messaging app for families spread across time zones, with 4 million monthly users. The server side is Go and ScyllaDB, audio on S3 behind a CDN. You'll build features across the API and the sync engine and help us stay fast as we grow: we serve around 30,000 requests a second at peak and like it when the p99 stays boring. Engineers deploy their own services and share an on-call rotation. jobs@example.com""",

"""Quire Legal Tech | Software Engineer | Remote (UK) | £55k-£75k
Quire builds case management for family law practices: divorce, custody and financial orders. Sensitive data and careful people. .NET Core, Angular, SQL Server on Azure. jobs@example.com""",
"""Pantograph Transit | Software Engineers | Seattle, WA | Hybrid | $145k-$185k
Pantograph makes real-time passenger information for bus and rail agencies: arrival predictions, signs at stops and service alerts. We ingest GPS pings from 9,000 vehicles. Kotlin, Postgres, Kafka, React, on Kubernetes in AWS. You'll work on the prediction service and the tools dispatchers reach for when a bridge closes at rush hour. jobs@example.com""",

"""Cask & Barrel Software | Software Engineer | Louisville, KY | Hybrid | $105k-$135k
Inventory and compliance software for craft distilleries: barrel tracking, gauging and the monthly reports the federal tax bureau wants. A team of six. Rails, Postgres and Stimulus, hosted on Heroku. Experience with regulated reporting is a plus; a taste for bourbon is not required. jobs@example.com""",

"""Gearbox Fleet | Software Engineer, Maintenance Product | Detroit, MI | Hybrid | $130k-$160k
Gearbox helps commercial fleets plan preventive maintenance: inspection checklists, parts ordering and shop scheduling. You'll build features in our TypeScript services and the React app that shop managers use. We have a small platform engineering group that owns the Kubernetes setup and CI templates, so product teams like yours can get on with building. jobs@example.com""",

"""Pawprint Telehealth | Software Engineer | Remote (US)
- Build the video visit experience for vets and pet owners
- Own our prescription and pet pharmacy integration
- Ship in small pieces, several times a week, and watch how they land
Stack: Python, Django, React, Twilio, Postgres, AWS
Salary: $130k-$165k + equity
Apply: example.com/pawprint""",

"""Canopy Mutual Labs | SWE | Des Moines | hybrid | Java, Spring, Angular. We build crop hail claims software for a group of farm mutual insurers. Calm team, long-tenured customers, summers are busy. $105k-$135k. careers@example.com""",

"""Brightloom Technologies | Software Engineers (2-5 yrs) | Bangalore / Pune | Onsite

We're a product engineering services company building web and mobile apps for clients in retail, healthcare and education across the US and Europe. Node.js, React, Java with Spring Boot, Flutter. You'll work in client-facing pods of four to eight, write clean, tested code and deploy to AWS or Azure depending on the client. Good spoken and written English is essential, since you'll talk to clients directly. Health insurance for family, annual offsite. careers@example.com""",

"""Punchcard HR | Software Engineers | Remote (Europe) | €65k-€90k
Punchcard does time tracking and shift planning for retail and hospitality chains. 1.2 million employees clock in with us every week, and Monday at 7 am is our peak. Kotlin on the JVM, Postgres, React. The team that builds clock-in owns its performance too. We deploy with GitLab CI to Kubernetes. jobs@example.com""",

"""Sunroom Health (YC S23) | SF | Software Engineer | Postpartum care for new mothers by text and video, covered by insurance. TypeScript, Next.js, Postgres, Vercel. Small team, fast shipping, real patients. $150-190k + equity. hiring@example.com""",

"""Company: Keelson Analytics
Position: Software Engineer (Scala)
Location: London (Shoreditch) / Remote UK
Stack: Scala 3, Cats Effect, Postgres, Kafka, AWS
Compensation: £80k-£105k + share options
Keelson prices marine cargo insurance using ship position data and port congestion. You'll build the pricing service and the broker portal, and work closely with two underwriters who know more about container ships than anyone should.
Contact: careers@example.com""",

"""Maplecourt Digital | Software Developers | Ottawa, ON | Hybrid | CAD $90k-$120k
We build grant and funding application systems for federal and provincial agencies. Java, Spring, Angular, Postgres. English/French bilingualism is an asset. A Reliability security screening is required and we'll sponsor it. jobs@example.com""",

"""Sintered | Software Engineer, Print Preparation | Somerville, MA | Onsite | $140k-$175k + equity
Sintered makes metal 3D printers for small machine shops. You'll write the software that takes a CAD part, orients it, generates supports and slices it for the printer. C++ and Python, a Qt desktop app, and some wrestling with geometry kernels. Nothing here is web; everything here is hard. jobs@example.com""",

"""Tuppence | Software Engineers | Remote (UK/EU) | £65k-£90k
Tuppence is a round-up savings app with 700,000 customers. Rails API, React Native, Postgres, Sidekiq. We run on AWS with Terraform and GitHub Actions; every engineer can deploy to production on day one, and most do. Payday Friday is our busiest hour of the month. jobs@example.com""",

"""Fretboard Labs | Software Engineer | Nashville | Hybrid | $120k-$150k
Fretboard makes a royalty splitting and payout tool for independent songwriters and small publishers. Elixir, Phoenix, Postgres, a React dashboard. Music rights data is a mess; you'll help clean it up, one ISRC at a time. jobs@example.com""",

"""Sawhorse (YC W21) | Engineers of all levels | Remote (US) | Construction payments: contractors and subcontractors get paid on time, with lien waivers collected automatically. Rails, React, Postgres. $130k-$200k depending on level. jobs@example.com""",

"""Ambulet | Software Engineers | Denver, CO | Hybrid | $140k-$180k

Ambulet's dispatch software runs non-emergency medical transport: wheelchair vans, stretcher transport, rides to dialysis and chemotherapy. When our software is down, patients miss appointments, so the engineers who build it care about uptime. Java and Spring on the backend, React for dispatchers, Android for drivers, Postgres on AWS. Everyone shares an on-call rotation (about one week every two months), and we write a blameless review after every incident. Most of your time, though, goes into features: trip batching, billing to Medicaid brokers, driver shift planning and the rider notifications that cut no-shows in half last year. jobs@example.com""",

"""Inkwell Daily | Software Engineer, Newsroom Tools | Remote (US) | $115k-$145k
We're the product team of a regional newspaper group with 40 titles. You'll build the CMS features editors ask for, the newsletter builder and the obituary submission flow, which readers use more than you'd think. WordPress, PHP, React and a couple of small Node services. jobs@example.com""",

"""Railyard Software | Intermediate .NET Developer | Toronto | Hybrid | CAD $95k-$120k
Railyard builds fleet fuel management software for trucking companies: fuel card feeds, tax reporting by province and state, theft alerts. C#, ASP.NET Core, SQL Server, Angular, Azure. We'd like three or more years with .NET and some appetite for tuning SQL. jobs@example.com""",

"""Quayline Engineering | Software Engineers | Remote (US) | $140k-$180k

Quayline is a small consultancy (12 engineers) that startups hire to build the first version of their product or rescue one that stalled. Go, TypeScript, Python and whatever the client already has. We usually set up hosting as part of the work, Docker on AWS or GCP with Terraform, then hand it over with a README people actually read. You'll need to be comfortable opening an unfamiliar codebase every few months and being useful within a week. jobs@example.com""",

"""Summit Tutor Labs | Software Engineer | Remote (US/Canada) | $125k-$160k
Summit Tutor matches students with live tutors for AP and college-level courses. You'll build scheduling, the tutoring room and payments. Rails, React, Postgres, WebRTC. A two-person SRE team runs our infrastructure and takes the overnight pages; product engineers own their features and the daytime alerts that come with them. jobs@example.com""",

"""Nametag HR | Software Engineer | Austin | Onsite | Onboarding paperwork for hourly workers, in nine languages, on a phone. Node, React, Postgres on Render. We're 15 people and profitable. $130k-$160k. jobs@example.com""",

"""Vakil Desk | Software Engineer | Bangalore | Hybrid | ₹20-32 LPA
Practice management for Indian law firms and solo advocates: daily cause lists, hearing reminders, client billing. Python, Django, React, Postgres on AWS in Mumbai. We're 9 engineers and two former litigators who keep us honest. careers@example.com""",

"""Stridewell | Software Engineer | Remote (US) | $135k-$165k
Stridewell runs remote physical therapy programs: patients get exercises on their phone and log pain; therapists adjust the plan. You'll work across our Django API and React web app, and help our mobile engineers with the shared API. We run on Docker and ECS with GitHub Actions, and you'll ship your own changes to production. jobs@example.com""",

"""Archivale | Software Engineers | Edinburgh | Hybrid

Archivale builds collection management software for museums and archives.
- Angular front end, Java and Spring backend, Postgres, Elasticsearch
- Customers range from a one-room village museum to national libraries
- You'll work on search, high-resolution image handling (IIIF) and the public online catalogue
- £50k-£70k, 30 days holiday, 8% pension contribution
jobs@example.com""",

"""Tallystick Payments | Software Engineer | Chicago | Hybrid | $150k-$185k
Tallystick processes card payments for parking garages and toll operators. Java, Spring, Postgres, Kafka. Our busiest hour sees 2 million authorizations, and each one has to answer in under 200 milliseconds while a driver waits at the gate. You'll build payment features and help keep latency honest. careers@example.com""",

"""Hatchway Studio (Remote, worldwide) - Software Engineer - a small product studio building internal tools for logistics and healthcare clients. Rails, Elixir, React. Async, four-day week. $90k-$130k depending on where you live. hi@example.com""",

"""Cloakroom | Software Engineers | Dublin | Hybrid | €65k-€85k

Cloakroom sells tickets for music venues and festivals across Ireland and the UK. When a big act goes on sale, 100,000 people arrive in the same minute, so we think a lot about queues, fairness and load. Node.js and TypeScript, Postgres, Redis, Kubernetes on AWS. You'll build checkout, the waiting room and the tools venues use to set up shows. Visa sponsorship available, and you'll get to a lot of gigs. jobs@example.com""",

"""Gleaner | Software Engineer | Remote (US) | Grant writing assistant for small nonprofits: finds funders, drafts applications, tracks deadlines. Python, FastAPI, React. Seed stage, five people. $130k-$160k + equity. team@example.com""",

"""Mortar & Pixel | Software Developer | Minneapolis | Hybrid | $90k-$120k
We're a 30-person agency building apps for health systems, credit unions and co-ops in the Upper Midwest. .NET, React, React Native, Azure. Client work means variety and deadlines, both in moderation. jobs@example.com""",

"""Protean Assay | Software Engineer, Analysis & Portal | Seattle, WA | Onsite | $140k-$175k

Protean builds a benchtop protein sequencer. The software team of eight writes the instrument control app, the analysis pipeline and the cloud portal where customers see their results. This role is on the analysis and portal side: Python, Rust for the hot loops, React, and pipelines that run in containers on AWS. You'll work with biochemists to turn raw signal into answers they're willing to publish. Experience with scientific data helps; a biology degree is not needed. We ship a software release every month and customers install it on instruments in labs from Basel to Osaka. jobs@example.com""",

"""Company: Greengage Property
Role: PHP Developer (Laravel)
Location: Bristol, UK - hybrid
Salary: £45k-£58k
Tech: PHP 8, Laravel, MySQL, Vue 3, servers on AWS managed through Forge
About: lettings software for independent letting agents. 1,400 agencies, two product teams.
Apply: example.com/greengage""",

"""Kontor Finance | Software Engineers | Berlin | Hybrid | €70k-€90k
Kontor builds bookkeeping automation for German freelancers and small companies: bank sync, receipt matching and VAT returns sent straight to the tax office. Kotlin and Spring, Postgres, React. German is helpful but not required; relocation support for people moving to Berlin. jobs@example.com""",

"""Snowmelt Analytics | Software Engineer | Salt Lake City, UT | Onsite | $110k-$140k
Snowmelt sells water supply forecasts to irrigation districts and hydropower operators. Python, Django, Postgres with PostGIS, Celery. Our servers are configured with Chef and the engineers who write the code also deploy it. You'll build forecast pipelines and the customer dashboard, and learn more about snowpack than you planned to. jobs@example.com""",

"""Sprocket Bikes | Software Engineer | Amsterdam | Onsite | €55k-€75k | E-bike subscriptions: repairs, swaps, billing and a mechanic dispatch app. Ruby on Rails, Postgres. Free bike, obviously. jobs@example.com""",

"""Parish Pump Digital | Software Developer | Remote (UK) | £50k-£65k
We build the websites and booking tools that parish and town councils use: allotment waiting lists, village hall hire, meeting minutes. Python, Django, Wagtail. A very small team with very grateful users. jobs@example.com""",

"""Rivermouth Consulting | Senior Software Engineer | Remote (US/Canada) | $160k-$200k
We're a product consultancy for healthcare and financial services clients. You'll lead delivery of new applications, write code in TypeScript, Python or Java, and work with client teams on architecture decisions. Most of our clients already run on Kubernetes and Terraform; you need to be comfortable shipping into their setup, not building it. jobs@example.com""",

"""Goldleaf Receipts | Software Engineer | Remote (EU) | Node, Postgres, React. Expense management for small teams who hate expense reports. Receipts arrive by email, photo or card feed, and we match and book them. €60k-€80k, four-day week after probation. jobs@example.com""",

"""Crayonbox Learning | Software Engineer | Remote (US) | $120k-$150k
We build a reading app for pre-K kids and a home dashboard for their parents. Unity for the kid app, Rails for the backend, React for the dashboard. You'll mostly work on the backend and dashboard. Children's privacy rules shape everything we build. jobs@example.com""",

"""Affidavit | Software Engineers | Remote (US) | $145k-$185k + equity

Affidavit automates the paperwork of small claims and debt defense for people who can't afford a lawyer. You answer questions in plain English; we fill out and file the court forms, then remind you when and where to show up. We've helped 80,000 people in 11 states. Most users find us the night before their court date, on a phone and stressed, so we obsess over plain language and speed. Engineers work in small teams with a lawyer and a designer on each. Stack: TypeScript, Node, React, Postgres, hosted on AWS with Terraform and deployed through GitHub Actions. You'll write form logic for new states, improve the interview flow, and build court e-filing integrations. Every engineer spends a day each month answering support tickets, which is where most of our best ideas come from. We're 45 people, fully remote in the US, with a yearly week together. Salary is the same for everyone at a level, published internally, and reviewed every January. jobs@example.com""",

"""Khata Labs | SDE-1/SDE-2 | Bangalore | Onsite | Bookkeeping app for kirana stores with 3 million merchants. Python, Go, Postgres, Kafka, GCP. ₹18-40 LPA depending on level. You'll work on offline sync, payment reminders and the credit ledger. careers@example.com""",

"""Seaglass Wealth | Software Engineer | San Francisco | Hybrid | $165k-$205k
Seaglass is a wealth management app for people who have just inherited money and don't know what to do with it. You'll build onboarding, account aggregation and planning tools. TypeScript and Python, Postgres, AWS. You'll partner with our DevOps engineer on environments and secrets, but you write and own product code. careers@example.com""",

"""Sourcebook | Software Engineers | Chicago | Hybrid | $135k-$170k
Sourcebook helps mid-size manufacturers run supplier quotes and purchase orders without spreadsheets. Rails, Postgres, React. We've run on Heroku for eight years; it's fine, and we'd rather build features. jobs@example.com""",

"""Hearthside Software | Web Developer | Omaha, NE | Onsite | $85k-$110k
We build online banking for community banks. ASP.NET MVC, C#, jQuery, SQL Server. Your code runs in 140 banks and in the pockets of their customers. The work is mostly features for bank customers (bill pay, statements, account alerts) and the tools branch staff use to help them. Releases go out monthly after a few friendly banks try them. The code is old but clean, the team is seven developers with an average tenure of nine years, and we're happy to teach someone newer. Stable company, family-friendly hours. hr@example.com""",

"""Plotline Realty Tech | Software Engineers | Hyderabad | Onsite | ₹25-40 LPA
Listing, site visit and booking software for residential builders. Node.js, React, MongoDB, AWS. You'll build the site visit scheduler, lead tracking for sales teams and buyer payment schedules. Three or more years of experience. careers@example.com""",

"""Treeline Carbon | Software Engineer | Remote (US/EU) | $140k-$175k
Treeline verifies forest carbon projects with satellite imagery and field plots. You'll build the project registry, the verification workflow and the buyer portal. Python, Django, Postgres/PostGIS, React. Our imagery jobs run on Kubernetes, and you'll write the code that schedules them and reads their results, not the cluster underneath. jobs@example.com""",

"""Company: Gantline Shipping
Role: Software Engineer
Where: Rotterdam (hybrid) or Remote (EU)
Stack: Go, Postgres, Vue, Docker, GitLab CI
Salary: €60k-€80k
We book container space for small exporters who never get good rates from the big carriers. Two teams, nine engineers.
Mail: jobs@example.com""",

"""Lamplight Hospice Software | Software Engineer | Remote (US) | $120k-$150k
We build electronic records and visit scheduling for hospice agencies. .NET, C#, React, SQL Server, Azure. We're careful, steady and kind, and so is our code review. Hospice nurses visit patients at home and chart on a tablet, often in a kitchen with bad signal, so offline charting is the heart of the product. You'll build visit notes, medication records and the scheduling board an agency's office uses to cover every visit. Our engineers release their own changes every other week through a simple build pipeline. jobs@example.com""",

"""Loonie Labs | Software Engineers | Toronto | Hybrid | CAD $120k-$160k
Loonie builds a bill-splitting and shared account app for roommates and couples. Kotlin and Swift on mobile, a Go backend, Postgres, Kubernetes on GCP. We're 25 people. You'll ship features across the stack and help decide which ones are worth it. jobs@example.com""",

"""Plumbline Survey | Software Engineers | Remote (US) | $130k-$170k

Plumbline makes field and office software for land surveyors. Crews collect points with GPS rovers and total stations; the office turns them into plats and legal descriptions. We're building the bridge between the two. You'll work on a C# desktop app that many surveyors still love, a newer React web app, and the sync service between them (Go, Postgres). Nobody expects you to know surveying; in your first month we'll send you out with a crew for a day. Our CI builds the desktop installers and the web app on every commit, and you'll help keep upgrades painless for customers who only update once a year. We're 50 people, employee-owned since 2021, with a simple salary ladder and profit sharing every spring. jobs@example.com""",

"""Tackle Box | Software Engineer | Remote (US) | Fishing license and guide booking marketplace for 14 states. Rails, Postgres, Turbo. $115k-$140k, and a guided trip every summer. jobs@example.com""",

"""Cryovault | Software Engineer | Research Triangle, NC | Hybrid | $125k-$155k
Cryovault manages biobanks: millions of frozen samples, consent records and chain of custody. Java, Spring, Angular, Postgres. It's validated software, so we write test evidence that an inspector can follow. jobs@example.com""",

"""Tinsmith | Rails Developer | Remote (US/Canada) | $110k-$140k
Tinsmith is a 15-person Rails consultancy. We take over app maintenance for companies whose original developers moved on: framework upgrades, bug fixes, new features. Heroku, AWS, Render, whatever the client has. jobs@example.com""",

"""Dosecheck | Senior Software Engineer | Remote (US) | $175k-$210k

Dosecheck checks prescriptions for interactions and dosing errors before they reach the pharmacy counter. 30,000 pharmacies call our API, around 4,000 times a second on weekday mornings. Java 21 and Spring Boot, Postgres, Redis, Kafka, all on AWS. You'll build new clinical checks with our pharmacists, improve how rules are written and tested, and keep the API fast. On-call is shared among the backend engineers and is usually quiet. You'd join nine engineers and four pharmacists. We care about clear design docs, careful rollouts behind flags, and tests built from real (anonymized) dispensing errors. Bonus on top of salary, and a generous conference budget. jobs@example.com""",

"""Snowshoe Software - Burlington, VT - Software Engineer - Reservation systems for ski schools and outdoor guide services. Rails, React, Postgres. Small team of four, all of whom ski or pretend to. Season pass included. $100k-$130k. jobs@example.com""",

"""Organization: Commonwealth Forms Studio
Title: Software Engineer
Location: Boston, MA / Remote (Massachusetts)
Tech: Python, Django, React, Postgres, AWS GovCloud, Jenkins
Salary: $115k-$145k
We replace paper forms at state agencies with accessible online services, one form at a time.
jobs@example.com""",

"""Rummage | Software Engineers | Berlin | Hybrid | €65k-€85k
Rummage is a second-hand furniture marketplace with pick-up and delivery included. PHP (Symfony), Go services, React, MySQL. Kubernetes on GCP, looked after by a small team we sit next to. You'll build search, listings and delivery booking. jobs@example.com""",
"""Heatwell | Software Engineers | Remote (UK) or Leeds office | £70k-£95k

Heatwell installs heat pumps in British homes, and our software runs the whole business: the remote home survey, the quote, installer scheduling, the grant paperwork, and the app homeowners open in January to check that the thing is actually saving them money. We're 140 people, 16 of them engineers, and we're hiring four more across two teams. The stack is TypeScript and Node on the backend, React and React Native on the front, Postgres underneath, and a modest AWS setup that engineers deploy to themselves several times a day. We like people who'll go on an install day, ask an installer what annoys them about our app and come back with a pull request. Hybrid if you live near Leeds, fully remote if you don't. Visa sponsorship is available for experienced engineers. Apply at example.com/heatwell.""",
]

# ---------------------------------------------------------------------------------------------
# other: backend engineers
# ---------------------------------------------------------------------------------------------
BACKEND = [
"""Slipway Payments | Backend Engineer | Remote (US) | $160k-$195k
Slipway moves money for marinas and boat clubs: slip rentals, fuel sales, membership dues. Go, Postgres and Temporal for the long-running workflows. You'll own the payout and reconciliation services and the tests that keep them honest. Our customers are 1,400 marinas, from a ten-slip lake dock to big coastal yacht clubs. Money goes out to their bank accounts every morning and we reconcile every cent against processor reports by 9. You'll design workflows that retry safely when a bank is slow, and the tools support uses to answer "where is my payout?" without asking an engineer. Everything runs on AWS ECS. Deploys go out through CI several times a day, and engineers keep an eye on their own dashboards after a release. We're 30 people, mostly in Florida and the Great Lakes, and we like boats more than is strictly healthy. jobs@example.com""",

"""Indexhouse | Backend Engineer (Rust) | Remote (EU) | €75k-€100k
Indexhouse is a search API for online stores: typo tolerance, synonyms, merchandising rules. You'll work on indexing, ranking and query parsing in Rust. We answer at p95 under 30 ms across 2,000 stores and would like to keep it that way as we add vector search. We're 14 people, mostly in Poland, Portugal and the Netherlands, and engineers own their code all the way to production. You'd join the ranking team of three. Strong Rust helps; strong systems programming in any language plus a willingness to learn Rust also works. jobs@example.com""",

"""Company: Pylon Energy Billing
Role: Backend Engineer (Python)
Location: London / Remote UK
Stack: Python, Django, Postgres, Celery, RabbitMQ, AWS, Terraform
Salary: £70k-£90k
About: we supply electricity and gas to small businesses. You'll work on meter reads, tariffs and the monthly billing run that sends 80,000 invoices, and on the disputes tooling for when a bill looks wrong.
Apply: example.com/pylon""",

"""Lanyard Events | Backend Engineer | Remote (US) | $140k-$170k
Lanyard runs registration and on-site badge printing for conferences. Node.js, TypeScript, Postgres, Redis. Registration openings are spiky, and your code should survive them. Our SRE folks built the load testing rig; you'll use it on the services you build and tell them when it lies. jobs@example.com""",

"""Grainstore | Backend Engineer | Kansas City, MO | Hybrid | $120k-$150k | Java, Spring Boot, Kafka, Postgres. Contract and position records for grain marketing cooperatives. Quiet team of six, strong coffee. careers@example.com""",

"""Carillon Health | Backend Engineer (Elixir) | Remote (US) | $150k-$180k
Carillon sends appointment reminders and two-way text messages for 3,000 clinics. Elixir, Phoenix, Postgres, Oban. We send about 2 million messages a day and we like it when none of them go out twice. You'll build the messaging pipeline and the integrations with practice management systems. You'll also handle the fiddly parts of messaging in healthcare: patients opting in and out, quiet hours by time zone, carriers filtering anything that looks like spam. We deploy a few times a day, alerts go to the engineers who wrote the code, and Fridays go to whatever annoyed us that week. jobs@example.com""",

"""Ledgerbound | Senior Backend Engineer | New York | Hybrid | $180k-$220k
- Design APIs for the double-entry ledger that 60 fintech companies build on
- Work in Go and Postgres, and think about isolation levels more than most people do
- Write design docs and review other people's with care
- Deploy your own services through CI to Kubernetes
- Join an on-call rotation with seven other engineers
We answer every application. jobs@example.com""",

"""Postbox Digital | Backend Developer (PHP) | Remote (Europe) | Symfony, MySQL, RabbitMQ. Parcel locker booking and notifications for retailers in five countries. You'll build the booking API and the courier hand-off service. €50k-€70k. jobs@example.com""",

"""Larder | Backend Engineers | London | Hybrid | £75k-£100k

Larder supplies restaurants with produce they order on our app before midnight and receive by 7 am. The backend handles ordering, supplier allocation, route batching and trade credit. Python (FastAPI), Postgres, Redis, and a job system that absolutely must finish before the vans leave. You'll own parts of order processing and supplier integrations, and you'll visit the warehouse at 3 am at least once to see what your code does to people. We host on AWS with Terraform, and each team handles its own alerts. jobs@example.com""",

"""Cutwater | Backend Engineer (Scala) | Remote (UK/EU) | £80k-£100k
Cutwater provides vessel tracking data to shipping insurers and commodity traders. Scala, Akka Streams, Kafka, Cassandra. We process about 50 million position messages a day and turn them into voyages, port calls and risk flags. You'll build the stages that spot ship-to-ship transfers and dark periods, and the APIs customers call to ask where a cargo has been. The team is five engineers and two maritime analysts. Each engineer deploys their own work and watches its consumer lag. jobs@example.com""",

"""Fencepost Agri | Backend Developer (.NET) | Sioux Falls, SD | Onsite | $95k-$120k | C#, ASP.NET Core, SQL Server, Azure Service Bus. Livestock auction software: online bidding, settlement and brand inspection records. hr@example.com""",

"""Paystub Co | Backend Engineer | Remote (US) | $150k-$185k
We run payroll for home care agencies, whose caregivers work split shifts for many different clients. Ruby, Rails, Postgres, Sidekiq. Tax tables, overtime rules, visit verification. You'll be happy here if you enjoy correctness and dislike rounding errors. Our customers are 700 agencies paying 90,000 caregivers, most weekly and many on a prepaid card. You'll work on the pay calculation engine, tax filings across 30 states and the integrations with scheduling systems that send us visits. Six backend engineers, deploys from main on Heroku, and a shared on-call rotation that rarely pages after hours. jobs@example.com""",

"""Tollbooth Mobility | Backend Engineer | Berlin | Hybrid | €70k-€90k

Tollbooth sells toll passes and vignettes for drivers crossing Europe, all in one app. The backend talks to 14 national toll operators, each with its own protocol, its own certificates and its own idea of uptime. Java 21, Spring Boot, Postgres and Kafka, running on Kubernetes in AWS Frankfurt. You'll build and maintain operator integrations, the pass lifecycle and refunds. English is our working language, and we help with relocation. jobs@example.com""",

"""Quiver Analytics | Backend Engineer | Remote (US/Canada) | $155k-$190k
Quiver builds attribution analytics for podcast advertisers. Python and Go, ClickHouse, Postgres. You'll build the ingestion APIs and the query services behind our reports. The platform engineering team gives us paved roads for deploys and observability; we use them and tell them what's missing. jobs@example.com""",

"""Heliograph | Backend Engineer | SF | onsite | Go, Postgres, gRPC. Automating permits and inspections for residential solar installers. We pull rules from 900 building departments so installers don't have to. $170k-$200k + equity. Team of 9. jobs@example.com""",

"""Toolshed Rentals | Backend Engineer (Node.js) | Remote (US) | $130k-$160k
Tool and equipment rental booking for hardware stores: availability, deposits, damage claims. TypeScript, Express, Postgres, Prisma. A deploy is a merge to main; Render does the rest, and you watch it go. jobs@example.com""",

"""Company: Dabbawise
Role: Backend Engineer (SDE-2)
Location: Bangalore, onsite
Stack: Go, Postgres, Redis, Kafka, Kubernetes, AWS
CTC: ₹35-55 LPA
About: office lunch subscriptions, 400,000 meals a day. You'll build ordering, kitchen allocation and rider assignment services. Lunch at 1 pm is a hard deadline.
careers@example.com""",

"""Parchment Health | Backend Engineer, Integrations | Remote (US) | $140k-$175k
We move lab results between reference labs and physician practices. HL7v2, FHIR, Mirth, Java. You'll build interfaces with new labs and harden the message router that handles the rest. jobs@example.com""",

"""Thimble Insurance | Backend Engineer (Clojure) | Remote (Europe) | €70k-€90k
Pet insurance with claims paid in two days. Clojure, Postgres, Kafka, AWS. You'll work on claims processing and the parser that reads vet invoices in four languages. jobs@example.com""",

"""Chirrup | Backend Engineers | Remote (Americas) | $170k-$210k

Chirrup is a community chat app for fan clubs: sports teams, bands, podcasts. We peak during live events: a playoff game pushes 400,000 messages a minute through the system. Go and Elixir services, ScyllaDB, Redis, NATS. You'll work on fan-out, presence and moderation tooling. We deploy many times a day, run our own services in production and keep the on-call rotation fair. jobs@example.com""",

"""Relay Point Telecom | Backend Engineer (Erlang) | Remote (EU) | €70k-€95k | Number porting and SIP call routing for small carriers. Erlang/OTP, Postgres. You'll read RFCs for fun or learn to. jobs@example.com""",

"""Snowfence | Backend Engineer (Rails) | Denver | Hybrid | $130k-$160k
Snowfence runs reservations for state park campgrounds in nine states. Rails API, Postgres, Sidekiq. The morning summer bookings open is our Super Bowl, so we load test in February. jobs@example.com""",

"""Manifest Customs | Backend Engineer | Miami | Hybrid | $125k-$155k
Customs brokerage software: we file entries with US customs on behalf of freight forwarders. Python, Postgres, AWS Lambda. EDI experience is a plus. jobs@example.com""",

"""Rivetline Bank Tech | Backend Engineer | Charlotte, NC | Hybrid | $125k-$160k
About us: add-ons for credit union core systems, like loan origination and card controls.
You will:
- Build REST and event-driven services in Java and Spring Boot
- Work with Postgres and IBM MQ (yes, still)
- Write tests that an auditor can read
Nice to have: ISO 8583 or core banking integration experience
careers@example.com""",

"""Burrow Housing | Backend Engineer | Remote (UK) | £60k-£75k | Python, Django, Postgres. Shared ownership housing applications for housing associations. Small team, big waiting lists to shorten. jobs@example.com""",

"""Streetcar Labs | Backend Engineer (Kotlin) | Berlin | Hybrid | €70k-€90k
Mobility data APIs for cities: parking occupancy, scooter counts, bus delays. Kotlin, Ktor, Postgres with PostGIS, Kafka. jobs@example.com""",

"""Moorings Bank | Backend Engineer, Payments | London | Hybrid | £85k-£110k
You'll build our Faster Payments and Bacs services in Kotlin. A separate SRE group looks after the clusters and the infrastructure on-call; backend engineers own service code, tests and the runbooks for their services. jobs@example.com""",

"""Garnet Logistics | Senior Backend Engineer (.NET) | Toronto | Hybrid | CAD $130k-$160k

Garnet builds transportation management software for food distributors. The backend plans loads, prices lanes and sends tenders to carriers. C#, .NET 8, SQL Server, Azure Functions and Service Bus. You'll lead the rewrite of our rating engine so it can quote ten times faster, mentor two intermediate developers, and sit with our customers' logistics managers to understand tariffs that seem to have been designed as a prank. jobs@example.com""",

"""Kisan Link | Backend Engineer | Bangalore / Remote (India) | ₹20-35 LPA | Python, FastAPI, Postgres. Farm input ordering for village retailers, with credit. You'll build ordering, credit limits and delivery tracking that retailers check on WhatsApp. careers@example.com""",

"""Company: Spindle Analytics
Role: Backend Engineer (Go)
Location: Remote, US time zones
Compensation: $160k-$190k + equity
Stack: Go, ClickHouse, Postgres, Kafka, Kubernetes, Terraform
Product: usage-based billing for SaaS companies. You'll build metering ingestion and invoice generation.
Contact: jobs@example.com""",

"""Sundew Labs | Backend Engineer | NYC | Onsite | Python, Postgres, pgvector. Search and summaries over millions of scientific papers for pharma R&D teams. You'll own ingestion and the search API. $170k-$210k. team@example.com""",

"""Oldstone Classifieds | Backend Developer (Perl/Go) | Remote (US) | $110k-$140k
We run a classified ads site that's been around since 1999. Plenty of Perl, a growing amount of Go, MySQL. You'll move pieces into Go without breaking what 2 million monthly visitors rely on. The site carries listings for cars, apartments, jobs and lost pets in 40 cities. Our team of five has been here eleven years on average and likes it. You'll get time to refactor, a real test suite, and servers in a colocation rack that one colleague looks after; you'll deploy your code with a script older than some of our users. jobs@example.com""",

"""Census Care | Backend Engineer | Remote (US) | $145k-$180k
Census Care helps skilled nursing facilities track admissions, payer mix and staffing. You'll build the APIs behind our dashboards and the data intake from five EHR vendors. Python, FastAPI, Postgres, dbt, AWS. We're eight engineers and two clinicians. Expect to read vendor documentation that contradicts itself. jobs@example.com""",

"""Bidwell Ads | Backend Engineer | Remote (US/EU) | $160k-$200k
Bidwell is an ad server for independent publishers. Java, Netty, Aerospike, Kafka. 300,000 requests a second at peak and a 50 ms budget per auction. You'll work on auction logic, pacing and reporting. Publishers trust us with their revenue, so correctness and speed matter equally. You'll join nine backend engineers, write short design docs, and ship several times a day behind feature flags. The servers run in three regions on a mix of bare metal and cloud instances that our infrastructure team provides; you'll mostly think about the auction, not the machines. Engineers deploy their own code and carry the pager for the services they own. jobs@example.com""",

"""Drumroll Events | Backend Engineer | Nashville | Hybrid | Node, NestJS, Postgres, AWS. Booking and contracts for wedding bands and DJs. Small team of three engineers, busy every spring. $110k-$135k. jobs@example.com""",

"""Gullwing Travel | Backend Engineer | Remote (EU) | €70k-€90k
Flight and hotel search for company travel managers. Kotlin, Postgres, Redis, Elasticsearch. You'll build supplier integrations and the fare caching layer. A friendly ops team runs our AWS accounts; you'll own your service's code and its dashboards. jobs@example.com""",

"""Ferrous Analytics | Backend Engineer (Rust) | London | Hybrid | £90k-£120k | Rust, Postgres, Kafka. Real-time risk limits for brokers. You'll work where microseconds and correctness both matter. jobs@example.com""",

"""Corkboard | Backend Engineer | Remote (US/Canada) | $150k-$180k
Corkboard is a community bulletin app for apartment buildings, live in 9,000 of them. Rails, Postgres, Redis, Sidekiq, on Heroku with a few large dynos. You'll build notifications, moderation tools and the API building managers use. jobs@example.com""",

"""Mintmark | Backend Engineers | Remote (US) | $155k-$195k

Mintmark issues and tracks gift cards and store credit for 3,000 independent retailers. Cards are money, so the ledger must never drift. Go services, Postgres, a little Kafka, deployed to Kubernetes on GCP through Argo CD. You'll build redemption and balance services, point-of-sale integrations and fraud checks. We're seven backend engineers who share design reviews and on-call. We reply to every candidate within a week. jobs@example.com""",

"""Crabpot Seafood Exchange | Backend Engineer | Portland, ME | Hybrid | Python, Django, Postgres. Dock-to-restaurant seafood ordering with same-day pricing. Boats report their catch by 4 am and restaurants order by 7. $110k-$135k. jobs@example.com""",

"""Ghat Travel Tech | Backend Engineer (Java) | Bangalore | Onsite | ₹25-40 LPA
Bus ticketing for regional operators across South India. Java, Spring Boot, MySQL, Redis, Kafka. Festival season traffic is eight times normal, and your services need to hold. careers@example.com""",

"""Company: Bookplate
Role: Senior Backend Developer (PHP)
Location: Remote (UK/EU)
Stack: PHP 8.3, Laravel, Postgres, Redis, Docker
Salary: £65k-£80k
Library management for schools. You'll work on circulation, catalogue import and our public API.
Apply: example.com/bookplate""",

"""Hailstone Claims | Backend Engineer | Dallas, TX | Hybrid | $130k-$160k
Hail damage claims for roofing contractors and insurers. Python, Django, Postgres, Celery, and S3 for photos (a lot of photos). You'll build the estimate engine and carrier integrations. jobs@example.com""",

"""Salt Road Commerce | Backend Engineer | Remote (US) | $145k-$175k
Order management for direct-to-consumer food brands: subscriptions, shipping rules, cold-chain cutoffs before a long weekend. Ruby on Rails, Postgres, Sidekiq. You'll make the order engine smarter and the rules easier for our customers to change themselves. jobs@example.com""",

"""Loadstar Freight | Backend Engineer | Chicago | Hybrid | $150k-$180k

Loadstar is a freight brokerage that runs on software we write. The backend matches loads with carriers, tracks shipments and pays carriers within a day. Go, Postgres, Kafka, Redis. Services run in Docker on AWS, built with Terraform and deployed by GitHub Actions. You'll own your services end to end, from the design doc to the dashboard you check the morning after a release. jobs@example.com""",

"""Cinderblock ERP | Backend Developer (Java) | Pittsburgh | Onsite | Java 17, Spring, Postgres. ERP for ready-mix concrete plants: orders, batching tickets, truck dispatch. $100k-$125k. careers@example.com""",

"""Scribewell | Backend Engineer | Remote (US) | $150k-$185k
Scribewell drafts clinical notes from doctor-patient conversations. You won't train models; you'll build the backend around them: audio upload, job orchestration, note versioning and writing results back into the EHR. Python, FastAPI, Postgres, Redis queues, AWS. jobs@example.com""",

"""Paddock (Remote, US) - Backend Engineer (Elixir) - Entries, draws and results for horse shows and equestrian events. Phoenix, Postgres. $130k-$155k. jobs@example.com""",

"""Lagerhalle Software | Backend Engineer (.NET) | Hamburg | Hybrid | €65k-€85k
Warehouse management for mid-size German retailers. C#, .NET 8, Postgres, RabbitMQ. You'll build picking strategies, carrier label integrations and the API our handheld scanner app calls thousands of times an hour. German helps; English is our engineering language. jobs@example.com""",

"""Gasket Industrial | Backend Engineer | Milwaukee, WI | Hybrid | $120k-$150k
Gasket collects vibration and temperature readings from pumps in factories and warns before they fail. Go, TimescaleDB, MQTT, AWS. You'll build ingestion and the alerting APIs our customers use. Customers are maintenance managers in food plants, paper mills and water utilities. You'll design the alert rules service, the API for our mobile app and the ingestion path from gateways that go offline for a week and then send everything at once. We're 25 people and profitable; the backend team of four deploys to AWS through CI and shares a light on-call. jobs@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: full-stack engineers
# ---------------------------------------------------------------------------------------------
FULLSTACK = [
"""Pinecrest Vet Records | Full-Stack Engineer | Remote (US) | $130k-$160k | Rails, React, Postgres. Records, invoicing and vaccine reminders for mobile vets who work out of their trucks. Spotty signal is a design constraint. jobs@example.com""",

"""Rooftop Labs | Full-Stack Engineer | Brooklyn, NY | Hybrid | $150k-$180k
Rooftop helps co-op boards run their buildings: board application packages, move-in approvals, maintenance requests. TypeScript front to back (Next.js, tRPC, Postgres), deployed on Vercel and AWS. Expect to ship something every week and hear about it from a board president by Friday. jobs@example.com""",

"""Company: Loomstead
Role: Full-Stack Developer
Location: Remote (Europe)
Stack: Django, HTMX, Alpine.js, Postgres, Docker, Hetzner
Salary: €55k-€75k
About: pattern shop and community for knitters, with 80,000 monthly buyers.
Apply: example.com/loomstead""",

"""Triage Lane | Full-Stack Engineer | Remote (US) | $140k-$175k

Triage Lane builds online check-in and queueing for urgent care clinics. Patients join the line from their phone, front desks see who's coming and why, and nobody sits in a waiting room for two hours coughing on each other. You'll work on the patient web app (React), the front desk app and the API (Node, TypeScript, Postgres). We deploy to AWS with CDK, run CI on every pull request, and you'll ship your own changes to production. We'd like three or more years building web products and a soft spot for waiting rooms. jobs@example.com""",

"""Hayloft | Full-Stack Engineer | Remote (US/Canada) | $140k-$170k
Hayloft is scheduling and invoicing for horse trainers and boarding barns. Rails, Hotwire, Postgres. We're small, but a DevOps contractor keeps our AWS setup tidy a few hours a week, so you can stay in the app. jobs@example.com""",

"""Ticketbooth Theatre Software | Full-Stack Developer | Glasgow | Hybrid | Laravel and Vue, MySQL. Box office, memberships and donations for small theatres. Our customers are 200 venues, most with one box office manager, a few volunteers and a Friday night rush. You'll build seat selection, membership renewals and gift aid on donations. We deploy to a couple of AWS servers through a pipeline that tests and ships on merge. Strong in PHP or JavaScript and happy to learn the other. £42k-£55k, plus free tickets to far too many plays. jobs@example.com""",

"""Sawmill Analytics | Full-Stack Engineer | Portland, OR | Hybrid | $130k-$160k
We help sawmills track log inventory and lumber yields.
- Build React screens that people use with gloves on (big buttons, high contrast)
- Write Python APIs (Flask) over Postgres
- Connect to scanners and scales on the mill floor
- Visit a mill a couple of times a year
jobs@example.com""",

"""Counterweight Systems | Full-Stack Developer (.NET/Angular) | Toronto | Hybrid | CAD $100k-$125k
Elevator inspection and maintenance scheduling for property managers and elevator contractors. Inspectors log findings on tablets in machine rooms, our system schedules the follow-up work, and the property manager sees which elevators are out and why. You'll build features end to end, from SQL to Angular component. We release every two weeks and every developer gets a turn running the release. C#, ASP.NET Core, Angular, SQL Server, Azure. jobs@example.com""",

"""Potluck Social | Full-Stack Engineer | Remote (US) | $150k-$185k

Potluck is an event planning app for informal gatherings: invites, RSVPs, and a list of who's bringing what so you don't end up with six potato salads. Two million hosts a year, heaviest around the holidays. You'll build across our React web app, GraphQL API (Node) and Postgres. We run on Kubernetes in AWS with autoscaling that mostly works; you'll help profile and fix the slow queries that appear every Thanksgiving. jobs@example.com""",

"""Ayurcart | Full-Stack Developer | Bangalore | Onsite | MongoDB, Express, React, Node. Online store and subscription boxes for herbal products. 2+ years of experience. ₹12-20 LPA. careers@example.com""",

"""Wicket Analytics | Full-Stack Engineer (Clojure) | Remote (UK/EU) | £70k-£90k | Clojure, ClojureScript, re-frame, Postgres. Scouting and match analysis tools for cricket and football clubs. Analysts at 30 clubs use it daily. jobs@example.com""",

"""Gradebook Garden | Full-Stack Engineer | Chicago | Hybrid | $125k-$155k
Gradebook Garden replaces paper report cards in elementary schools with standards-based progress reports parents can actually read. Rails, React, Postgres, Sidekiq on Heroku. You'll build the teacher grading flow, the report designer and the parent view. School calendars set our roadmap: report card weeks are launch days. jobs@example.com""",

"""Company: Windowbox Florists
Role: Full-Stack Engineer
Location: London, hybrid
Stack: Node, TypeScript, React, Postgres, AWS, Docker
Salary: £65k-£85k
About: same-day flower delivery through 1,200 partner florists. Valentine's Day is our stress test, and Mother's Day is the retake.
Apply: example.com/windowbox""",

"""Herdline | Full-Stack Engineer | Boise, ID | Hybrid | $120k-$145k
Herd health records for cattle ranches: vaccinations, calving, treatments, withdrawal times. Django, React, Postgres. You'll build features from the database to the button, and ride along on a ranch visit in spring. We're 11 people in Boise with customers across the Mountain West. The app runs on Heroku and has never needed more; if it does, you'll help decide what's next. Ranchers enter data at the chute, often with one hand, so we test on an old phone in bright sunlight. Four-day weeks in winter. Interviews are short and practical: a call, a small take-home you'll get paid for, and lunch with the team. jobs@example.com""",

"""Earnest Key | Full-Stack Engineer | Remote (US) | $150k-$185k

Earnest Key runs escrow for private car sales: the buyer pays us, the seller hands over the keys and title, and we release the funds. We've handled $400M so far. You'll work on the transaction flow, identity checks and the seller dashboard. TypeScript everywhere: Next.js, Node, Prisma, Postgres, deployed on AWS with Terraform. We value people who like the boring parts of money. jobs@example.com""",

"""Hackberry Goods | Full-Stack Engineer | Remote (US) | Shopify apps for furniture makers: made-to-order options, lead times, freight quotes. Four engineers, async, no standups. Ruby, React, Polaris. $120k-$150k. jobs@example.com""",

"""Kettlebell Gyms Software | Web Developer (full-stack) | Phoenix, AZ | Onsite | PHP, CodeIgniter, jQuery, MySQL. Membership billing and class booking for independent gyms. A stable company of 20, around since 2009. $80k-$100k. jobs@example.com""",

"""Lernkurve | Full-Stack Engineer | Berlin | Hybrid | €65k-€85k
Lernkurve helps driving schools run theory lessons, book practical lessons and track each student's progress. Vue and Nuxt, Node, Postgres. We deploy to Kubernetes at a German hosting provider through GitLab CI, and you'll ship your own changes. English is fine; German helps when a driving instructor calls. jobs@example.com""",

"""Mandi Connect | Full-Stack Engineer | Pune | Hybrid
- Build trader dashboards in React and APIs in Node
- Postgres, Redis, AWS
- 2-5 years of experience
- ₹18-30 LPA
Software for wholesale vegetable markets: auctions, credit and daily settlement. careers@example.com""",

"""Tabletop Reservations (Remote, EU) - Full-Stack Engineer - Phoenix LiveView and Postgres. Booking, game library and loyalty for board game cafes. €55k-€70k. jobs@example.com""",

"""Lockbox Storage | Full-Stack Engineer | Austin, TX | Hybrid | $140k-$170k

Lockbox runs software for self-storage facilities: online rentals, gate access codes, payments and auctions for abandoned units. React and TypeScript on the front, Go on the back, Postgres underneath. Gate codes have to work at 2 am, so everyone on the team takes a week of on-call a couple of times a year, and we fix whatever pages us. Most of your time goes into the renter app and the manager console. jobs@example.com""",

"""Spool Software | Full-Stack Engineer | Remote (US) | $130k-$160k | Rails, React. Order tracking and proof approval for custom apparel print shops. Three engineers and a lot of T-shirts. jobs@example.com""",

"""Courthouse Square Software | Full-Stack Developer | Indianapolis | Hybrid | $100k-$125k
Jury management software for state courts: summonses, questionnaires, attendance and juror pay. Java, Spring Boot, Angular, Oracle. We're steady, funded by long-term contracts, and don't do weekends. jobs@example.com""",

"""Marketstall | Full-Stack Engineer | London | Hybrid | £70k-£90k
Marketstall runs online ordering for farmers' markets: shoppers order ahead, stallholders pack, everyone collects on Saturday. Next.js, Node, Postgres. Our platform engineers maintain the shared deployment tooling; you build the shopper and stallholder experience. jobs@example.com""",

"""Rehearsal Hall | Full-Stack Engineer | Remote (UK) | £55k-£70k
Room booking and invoicing for rehearsal studios and dance schools. Django, Postgres, and a React calendar we're quietly proud of. Studios run on thin margins and hate double bookings more than anything. You'll work on recurring bookings, online payments and a waiting list for popular slots. We host on a single managed server with backups and a deploy script, and nobody has been paged in a year. Small team, four-day week. jobs@example.com""",

"""Company: Coldframe Nurseries Online
Title: Full-Stack Engineer
Location: Remote (US, Eastern time preferred)
Stack: Rails 7, Stimulus, Postgres, Heroku
Salary: $115k-$140k
About: wholesale plant ordering for garden centers. Spring is busy; winter is for refactoring.
Email: jobs@example.com""",

"""Lessonbay | Full-Stack Engineers | Remote (US/Canada) | $140k-$175k

Lessonbay is a marketplace for private music lessons, in person and online, with 15,000 teachers. You'll work across our Django backend and React frontend on search, booking, payments and the lesson room. We like engineers who talk to teachers directly and ship small changes often. Our infrastructure is plain on purpose: Docker containers on ECS, Postgres on RDS, GitHub Actions. jobs@example.com""",

"""Oilcloth | Full-Stack Engineer | NYC | Onsite | Next.js, Postgres. Menu and allergen management for restaurant groups. Seed stage, five people. $160k-$190k + equity. jobs@example.com""",

"""Tidemark Charts | Full-Stack Engineer | Remote (EU) | SvelteKit, Go, Postgres. Tide, weather and passage planning for sailing schools. €55k-€70k. jobs@example.com""",

"""Phlebotomy Route | Full-Stack Engineer | Remote (US) | $135k-$165k
We send phlebotomists to patients' homes for blood draws. You'll build booking, the route planning screens and the lab requisition flow. TypeScript, React, Node, Postgres on AWS. Good habits around patient data are a must. Our phlebotomists cover 12 metro areas and do about 1,800 draws a day. The hard problems are timing (fasting patients, samples that must reach the lab within hours) and insurance. You'll ship features weekly, deploy through our CI pipeline and do a ride-along in your first month. jobs@example.com""",

"""Hopscotch Travel | Full-Stack Engineer | Edinburgh or Remote (UK) | Scala and Play on the back, React on the front. Family holiday planning with kid-friendly filters. £60k-£80k. jobs@example.com""",

"""Signet Notary | Full-Stack Engineer | Remote (US) | $145k-$175k
Signet runs remote online notarization: video sessions, identity checks and tamper-evident documents. React and Node with Postgres; video through a third-party provider. Kubernetes on AWS, Terraform, Datadog. You'll build notary tools, the signer flow and integrations with title companies. jobs@example.com""",

"""Vidyalaya Cloud | Full-Stack Developer (.NET + React) | Chennai | Onsite | School ERP for 2,000 schools: fees, attendance, timetables. C#, .NET Core, React, SQL Server. ₹10-18 LPA. careers@example.com""",

"""Curbside Compost | Full-Stack Engineer | Remote (US) | $110k-$135k
Pickup routes, subscriptions and a compost tracker for 40,000 households in six cities. You'll work across the stack, ride along with drivers and help design the route planner. Rails, React, Postgres on Render. jobs@example.com""",

"""Tenancy Deposit Bridge | Full-Stack Engineer | Manchester | Hybrid | £55k-£75k
We hold tenancy deposits and handle disputes for letting agents. TypeScript, React, NestJS, Postgres, AWS. Our customers get grumpy when a deposit comes back a day late, and they're right to. jobs@example.com""",

"""Pallet Tracker Co | Full-Stack Developer | Remote (US) | Angular, Node, MongoDB. Tracking returnable pallets and crates between growers and grocers. Our trackers report from 50,000 pallets. $105k-$130k. jobs@example.com""",

"""Sugarbush Software | Full-Stack Engineer | Burlington, VT | Hybrid | $105k-$130k | Django and Vue. Sap collection and syrup grading records for maple producers. Sugaring season in spring is our launch window. jobs@example.com""",

"""Stationery Row | Web Developer | Philadelphia | Onsite | $85k-$105k

Online wedding invitation printing. Our storefront is PHP and jQuery; our proofing tool is newer React. You'll maintain the old, build the new and keep the proof generator fast through June. MySQL, Redis and a couple of Linux servers our senior developer set up with Puppet years ago. jobs@example.com""",

"""Quarterdeck HR | Full-Stack Engineer | Remote (Canada) | CAD $110k-$140k | Rails, React. Crew scheduling and certification tracking for ferry operators and marinas. Small team, and one week a year on a ferry. jobs@example.com""",

"""Apiary Insights | Full-Stack Engineer | Remote (US/EU) | $130k-$160k
Beekeepers put our sensors in their hives; our app tells them when a colony is weak or about to swarm. You'll work on the web dashboard (React), the API (Python, FastAPI) and the data pipeline from hive gateways. Postgres, TimescaleDB, AWS IoT Core. jobs@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: frontend engineers
# ---------------------------------------------------------------------------------------------
FRONTEND = [
"""Swatchbook | Frontend Engineer | Remote (US) | $140k-$170k | React, TypeScript, Canvas. Color palette and material board tool for interior designers. Pixel-fussy people welcome. jobs@example.com""",

"""Crescent Charts | Senior Frontend Engineer | London | Hybrid | £80k-£100k
Crescent makes charting for equity research analysts: thousands of series, smooth zoom, print-perfect exports. TypeScript, React, WebGL, D3. You'll own the chart engine and care about every millisecond of render time. Our users stare at charts all day and notice a one-pixel wobble in an axis label. You'll work with two other frontend engineers and a designer who used to be an analyst. We ship weekly, and some large banks host us behind their firewalls, so bundle size and older browsers matter too. jobs@example.com""",

"""Hearthline Insurance | Frontend Developer (Angular) | Columbus, OH | Hybrid | $100k-$125k | Angular 17, RxJS, NgRx. Quote-and-bind flows for independent insurance agents. Agents quote 30,000 policies a month through it. careers@example.com""",

"""Company: Footnote Press
Role: Frontend Engineer
Location: Remote (EU/UK)
Stack: Vue 3, TypeScript, Vite, Storybook
Salary: €60k-€80k
About: a reading app for academic books. Accessibility is not optional for us.
Email: jobs@example.com""",

"""Kickstand | Frontend Engineer | Remote (US) | $135k-$165k
Point of sale and service booking for bike shops. React, TypeScript, Tailwind. You'll build the service desk UI mechanics use between repairs. A DevOps person on the team handles CI and preview environments, so every pull request gets its own link. jobs@example.com""",

"""Halftone Prints | Front-End Developer | Boston | Onsite | HTML, CSS, jQuery and a bit of Backbone. Storefront for custom poster and photo printing. $80k-$100k. jobs@example.com""",

"""Contour Trails | Frontend Engineer (Maps) | Boulder, CO | Hybrid | $130k-$160k
Contour is a hiking and backcountry ski app. You'll build our web map: vector tiles, offline areas, elevation profiles and avalanche terrain shading. React, TypeScript, MapLibre. You'll share a design system with the mobile team. jobs@example.com""",

"""Rangoli Design Tech | Frontend Developer | Bangalore | Hybrid | React, Next.js, Tailwind. Storefronts for direct-to-consumer fashion labels. You'll build product pages, checkout and a theme editor. ₹15-25 LPA. careers@example.com""",

"""Baseline Health | Frontend Engineer, Design System | Remote (US) | $150k-$180k

We have five product teams and a React component library that grew without a gardener. You'll be the gardener: accessibility audits, design tokens, documentation in Storybook, and helping each team move off the old components without freezing their roadmaps. jobs@example.com""",

"""Pagecraft Media | Frontend Engineer | Remote (US) | $130k-$160k
Pagecraft publishes recipe and home sites with 40 million monthly readers. You'll make pages fast on cheap phones: Core Web Vitals, image loading, ad slots that don't shove the text around. Next.js and TypeScript with a CDN in front of everything. You'll ship your changes behind flags and watch the numbers move. jobs@example.com""",

"""Glint Studio (Berlin, hybrid) - Frontend Engineer - Svelte, TypeScript, Web Audio. A browser-based music sequencer for beginners. €60k-€78k. jobs@example.com""",

"""Pennyworth Payroll | Frontend Engineer (Elm) | Remote (EU) | €65k-€85k | Elm and some TypeScript. A payroll interface accountants actually enjoy using. Four engineers, writing Elm since 2018. jobs@example.com""",

"""Inkblot Learning | Frontend Engineer | Toronto | Hybrid | CAD $100k-$130k

Inkblot builds a handwriting and drawing canvas for math classrooms on Chromebooks. The problems are pointer events, input latency, undo stacks and thirty kids' cursors on one shared board. TypeScript, React, a custom canvas renderer and CRDTs for sync. If you've ever been annoyed by lag between pen and ink, this is your job. jobs@example.com""",

"""Company: Regatta Systems
Role: Senior Angular Developer
Location: Remote (UK)
Salary: £70k-£85k
Stack: Angular, NgRx, Nx monorepo, Jest, Cypress
About: fleet management dashboards for yacht charter companies.
Contact: jobs@example.com""",

"""Tallow & Wick | Frontend Developer | Remote (US) | Shopify theme development in Liquid and JavaScript for a candle brand with subscriptions and gift sets. Plenty of seasonal landing pages. $90k-$110k. jobs@example.com""",

"""Cellbound | Frontend Engineer | SF | Onsite | $170k-$210k + equity
Cellbound is a spreadsheet for operations teams that connects straight to their databases. Our grid renders a million rows without stutter, and we want it to render ten million. TypeScript, React, virtualization, web workers, a bit of WebAssembly. We're 12 people, seed funded by former operations leaders who lived in spreadsheets. You'll own the grid, from the render loop to keyboard navigation to pasting from Excel exactly the way users expect. The frontend goes out through CI to a CDN many times a day and rolls back in seconds when we get it wrong. jobs@example.com""",

"""Homestead Banking | Frontend Engineer | Remote (US)
- React and TypeScript for our online banking web app
- Work with designers on accessible forms (WCAG 2.2 AA)
- Write Playwright tests; CI runs them on every merge
- $130k-$155k
careers@example.com""",

"""Sahay Health | Frontend Developer (Vue) | Remote (India) | Vue 3, Pinia, Vite. Doctor appointment booking in six Indian languages. It has to work well on low-end Android phones. ₹14-22 LPA. careers@example.com""",

"""Planetarium Labs | Frontend Engineer, Data Visualization | Remote (US/EU) | $140k-$170k
We build an analytics product for public transit agencies. You'll design and build interactive views of ridership and delays: maps, heatmaps, timelines. D3, React, deck.gl, TypeScript. Our backend team ships the APIs; you'll turn them into something a transit planner can show a board of directors. jobs@example.com""",

"""Marquee Tickets | Frontend Engineer | Chicago | Hybrid | React, TypeScript, SVG. Interactive seat maps for theaters and concert halls. Venues draw their own maps; we render them. $120k-$150k. jobs@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: mobile engineers
# ---------------------------------------------------------------------------------------------
MOBILE = [
"""Tidal Journal | iOS Engineer | Remote (US) | $140k-$170k | Swift, SwiftUI. A journaling and symptom tracking app for people with chronic illness. Small team, thoughtful users. jobs@example.com""",

"""Drover Freight | Android Engineer | Dallas, TX | Hybrid | $130k-$160k
Our driver app runs on rugged Android tablets in truck cabs. Kotlin, Jetpack Compose, Room, offline-first sync. You'll build load acceptance, document scanning and hours-of-service screens. Drivers give blunt feedback; we like that. Forty carriers and 6,000 drivers use the app. You'll work with two other Android engineers and the backend team that owns the API. We release every two weeks with a staged rollout, watch crash rates closely, and keep a drawer of old tablets because some fleets never upgrade. jobs@example.com""",

"""Company: Sprout Steps
Role: React Native Engineer
Location: Remote (US/Canada)
Stack: React Native, TypeScript, Expo, GraphQL
Salary: $125k-$155k
About: baby milestone tracker with pediatric nurse chat, used by 600,000 parents.
Email: jobs@example.com""",

"""Kirana Loyalty | Flutter Developer | Bangalore | Onsite | Flutter, Dart, Firebase. Loyalty points and reorder app for neighbourhood stores. 2-4 years of experience. ₹12-22 LPA. careers@example.com""",

"""Stride Club | iOS Engineer | London | Hybrid | £75k-£95k
Running club app: group runs, routes, training plans. Swift, SwiftUI, HealthKit. Our backend team and a small SRE group keep the API up; you'll focus on the app and its release train. jobs@example.com""",

"""Mintleaf Bank | Senior iOS Engineer | Remote (UK/EU) | £85k-£105k

Mintleaf is a mobile-only bank for teenagers, with controls for their parents. You'll build card controls, savings pots and the parent view. Swift, SwiftUI, Combine and a modular architecture that lets five engineers work without tripping over each other. Our CI builds and tests every branch, and we release weekly through TestFlight. jobs@example.com""",

"""Leergut | Android Engineer | Berlin | Hybrid | €65k-€80k | Kotlin, Compose. Bottle deposit returns with rewards from local shops. Partner shops in 40 cities. jobs@example.com""",

"""Caravel Tides | Mobile Engineer (iOS and Android) | Remote (US) | $130k-$160k
A boating app: nautical charts, anchor alarms, marina bookings. Swift and Kotlin, with shared logic in Kotlin Multiplatform. Offline is the default on the water. jobs@example.com""",

"""Pocketbook Coupons | iPhone Developer | Austin | Onsite | Objective-C, UIKit, Core Data. Grocery coupon app with store maps. Millions of coupons clipped every week. $100k-$125k. jobs@example.com""",

"""Carpool Commons | Mobile Engineer (React Native) | Seattle | Hybrid | $140k-$170k
School carpool coordination: parents share schedules, swap days and see who's driving. React Native, TypeScript, Firebase. A push notification at 7:40 am has to arrive at 7:40 am. You'll own the app, from architecture to App Store review arguments. jobs@example.com""",

"""Northbound Transit Apps | Android Developer | Toronto | Hybrid | CAD $100k-$130k | Kotlin, Compose, Maps SDK. Trip planner and fare payment for regional transit. jobs@example.com""",

"""Moonbeam Sleep (Remote, worldwide) - iOS Engineer - Swift, AVFoundation, StoreKit. Sleep sounds and bedtime stories, 2M downloads. $110k-$150k. jobs@example.com""",

"""Readout Field Apps | Android Engineer | Remote (US) | $120k-$150k
Our Android app helps water utility crews read meters, log leaks and close work orders, often underground with no signal. Kotlin, Room, WorkManager, offline sync with conflict resolution. Utilities in 11 states use it. You'll design sync that survives a crew working all day without signal and uploading 400 work orders at 5 pm. We test on the cheapest rugged devices our customers buy, ship every two weeks, and join a monthly call with crew leads. jobs@example.com""",

"""Hofladen | Flutter Engineer | Remote (DACH) | €60k-€75k | Flutter, Dart, Supabase. Ordering and pickup slots for farm shops. German is a plus. jobs@example.com""",

"""Glucose Compass | iOS Engineer | Boston | Hybrid | $145k-$175k
A diabetes management app that pairs with continuous glucose monitors. Swift, SwiftUI, Core Bluetooth, HealthKit. It's a regulated medical device, so we document carefully and test on real sensors. jobs@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: unspecified openings (several roles at once, or just "we're hiring engineers")
# ---------------------------------------------------------------------------------------------
UNSPECIFIED = [
"""Birchbark Health | NYC or Remote (US) | Hiring: Backend Engineer, Senior Frontend Engineer, Product Designer. We build care coordination for home health agencies. Rails and React. Salary ranges are on each listing. jobs@example.com""",

"""Corkscrew Labs | San Francisco | Multiple roles
We're hiring engineers (backend, frontend, mobile) and one product manager. Corkscrew makes inventory and ordering software for independent wine shops. Python, TypeScript, Swift. Details for each role at example.com/corkscrew/jobs""",

"""Thornfield Software | Remote (US) | We're hiring engineers of every flavor. We make logistics software for furniture delivery companies: white-glove scheduling, damage claims, crew apps. Go, React, Postgres, AWS, Kubernetes. jobs@example.com""",

"""Company: Gristmill
Location: Minneapolis, MN (hybrid)
Roles: Software Engineer (2), Senior Software Engineer, Engineering Manager
Tech: Java, Kotlin, React, Postgres, AWS
About: food safety compliance software for meat and dairy processors.
Contact: jobs@example.com""",

"""Spindrift Labs (YC S19) | Berlin, London, Remote | Engineers, Designers
Spindrift builds invoicing and tax tools for freelancers across Europe. The full list of open roles is at example.com/spindrift/careers""",

"""Keystone Grocers Digital | Chicago | Hiring: Backend Engineer, iOS Engineer, Data Analyst. (Our DevOps opening from last month is filled; thank you to everyone who applied.) We run online ordering and delivery for independent supermarkets. jobs@example.com""",

"""Tangent Robotics | Pittsburgh | Onsite | Roles: Software Engineer (autonomy), Software Engineer (fleet tools), Mechanical Engineer, Field Technician. We build crawler robots that inspect the insides of storage tanks. jobs@example.com""",

"""Ledgerstone | Remote (US/EU) | Backend, Frontend, Product Designer | Month-end close software for mid-market finance teams | TypeScript, Postgres, AWS | $140k-$200k | jobs@example.com""",

"""Openings at Halyard Health Tech (Boston, hybrid):
- Senior Backend Engineer (Python)
- Full-Stack Engineer (React/Django)
- Engineering Manager, Clinical Apps
- Product Manager, Payer Integrations
We help specialty pharmacies manage prior authorizations and refills. More at example.com/halyard""",

"""Marshlight Analytics | Toronto / Remote (Canada) | We're hiring engineers and a designer. We make flood risk maps and planning tools for municipalities. Python, React, PostGIS. jobs@example.com""",

"""Pumice Software | Remote | Elixir, Phoenix, Postgres, Fly.io | Hiring engineers | Booking software for pottery studios and craft classes | hello@example.com""",

"""Ferryman Logistics | Seattle, WA | Hybrid

Ferryman books freight space on island ferries and barges in the Pacific Northwest and Alaska. We're 30 people and growing after a good year. Open roles: two software engineers (Rails and React), a mobile engineer for the driver app, a QA analyst and a customer support lead. Salaries are posted on each listing at example.com/ferryman. We sponsor visas.""",

"""Lanternworks | London | Hiring: Senior Engineers, Product Designer | Ticketing and membership software for independent cinemas. £70k-£95k. jobs@example.com""",

"""Breakwater Mobility | Amsterdam | Roles: Backend Engineer (Go), Android Engineer, Product Designer. We're not hiring for SRE right now, but check back in spring. Software for e-scooter and e-moped fleets. jobs@example.com""",

"""Company: Threadbare Studios
Roles: Engineers (all levels), Designer
Location: Remote (US)
Tech: Rails, React Native
About: a sewing pattern marketplace and app.
Email: jobs@example.com""",

"""Moorland Data Co | Edinburgh | Hybrid | Engineers, Data Scientist, Product Manager | Monitoring peatland restoration with drones and field sensors. Python, Django, React, GCP. jobs@example.com""",

"""Bunkhouse (YC W23) is hiring engineers in SF. We make software for summer camps: registration, cabin assignments, medication logs, and photos for anxious parents. Come build the thing that tells a parent their kid got to the lake safely. jobs@example.com""",

"""Tapestry Legal Aid Software | Remote (US) | Multiple openings

We're a nonprofit-backed software company building intake and case management for legal aid organizations. After a new grant we're hiring:
- 2 Software Engineers (Django, React)
- 1 Senior Software Engineer to lead integrations with court systems
- 1 Product Designer
- 1 Implementation Specialist (non-technical)
Salaries from $95k to $150k depending on role. Engineers run their own code on a modest AWS setup with Docker and GitHub Actions. Apply at example.com/tapestry.""",

"""Cairnwood Media | Berlin | Hiring: Engineers (backend, web), Designer, Editor | Podcast hosting and listener analytics for independent shows. jobs@example.com""",

"""Stoneware Labs | Bangalore | Hiring: SDE-1, SDE-2, SDET, Product Manager | Java, React, AWS | Direct-to-consumer ceramics and home goods. careers@example.com""",

"""Fieldmouse Robotics | Boston | Onsite | Open roles: Robotics Software Engineer, Full-Stack Engineer, Electrical Engineer. We build harvesting robots for greenhouse tomatoes and cucumbers. jobs@example.com""",

"""Driftglass | Remote (worldwide) | Hiring engineers
Driftglass makes a calm email client for small teams: shared inboxes without the noise. TypeScript, Rust, SQLite. jobs@example.com""",

"""Oxeye Commerce | Remote (EU) | We're hiring Backend Engineers, Frontend Engineers and an Engineering Manager. Our platform engineering team is fully staffed for now. Checkout and subscriptions for European brands. Kotlin, React, Postgres. jobs@example.com""",

"""Copperplate Software | Cleveland, OH | Hybrid | Hiring: .NET Developers (2), QA Engineer, Business Analyst | Payroll and HR for municipalities and school districts. jobs@example.com""",

"""Goldenrod Learning | Remote (US) | Roles: Software Engineers, Curriculum Designer, Customer Success Manager | A phonics app for kindergarten and first grade. Rails, React, AWS. jobs@example.com""",

"""Millrace Capital Tech | New York | Onsite

We're a small team building portfolio and reporting software for family offices. Hiring engineers at every level, a product designer and someone to run implementations. Stack: Python, TypeScript, Postgres, Snowflake, AWS. We pay well ($160k-$250k for engineers), lunch is catered and nobody works weekends. jobs@example.com""",

"""Kindling Labs - Denver - hiring a few engineers and a PM - wildfire risk inspection app for home insurers - Python, React Native - jobs@example.com""",

"""Scullery | London | Engineers (backend, mobile), Data Analyst | Compliance for commercial kitchens: temperature logs, allergen records, inspection prep. Node, React Native, Postgres. jobs@example.com""",

"""Wayleave | Remote (UK)
Wayleave helps fibre broadband builders get permission to lay cable across private land. We're hiring engineers.
Stack: Python, Django, React, Postgres, Docker, AWS
jobs@example.com""",

"""Sextant Insurance | Remote (US) | Hiring: Staff Engineer, Senior Engineers, Design Lead | Boat and RV insurance sold directly to owners. Go, React, Postgres, Kubernetes, Terraform. jobs@example.com""",

"""Fermentry | Emeryville, CA | Onsite
Fermentry designs microbes that make food ingredients. Our software team supports the lab and the pilot plant. Openings:
Software Engineer, Lab Automation (Python, liquid handler APIs)
Software Engineer, Scientific Data (Python, Postgres, cloud pipelines)
Full-Stack Engineer, Scientist Tools (React, FastAPI)
$140k-$190k, equity, lab coats provided. jobs@example.com""",

"""Ochre Studio | Toronto | Hiring: Developers (Rails, React), Designer | A small agency for arts nonprofits and galleries. jobs@example.com""",

"""Gutterline | Remote (US) | Engineers, Account Executive | CRM and estimating for roofing and gutter contractors. Laravel, Vue, MySQL. jobs@example.com""",

"""Parallel Lines Transit | Chicago | Hiring engineers (backend, Android) and a product designer | Paratransit booking and dispatch | Java, Kotlin, AWS. jobs@example.com""",

"""Quayward is hiring! We're a 12-person team building quality inspection software for seafood processors. Looking for engineers who like Python and hate wasted fish. Remote in North America. jobs@example.com""",

"""Feltworks | Remote (EU) | Roles: Senior Engineer, Junior Engineer, Product Designer | Configurator and ordering for felt acoustic panels. Vue, Laravel. jobs@example.com""",

"""Horsefly Analytics | Louisville, KY | Hiring: Engineers (2), Data Engineer, Designer | Equine health and performance records for trainers and vets. .NET, React. jobs@example.com""",

"""Ashlar Systems | Bangalore & Remote (India) | Multiple roles
Ashlar builds construction ERP for mid-size builders in India. We're hiring Java developers, React developers, a QA lead and a product manager this quarter. We're on AWS, we use Jenkins and Docker, and engineers ship their own code. careers@example.com""",

"""Quietroom | Remote (US/Canada) | Hiring engineers and a designer | Practice management for solo therapists: notes, scheduling, superbills. Elixir, React. jobs@example.com""",

"""Palimpsest | Paris / Remote (EU) | Engineers, PM | Manuscript collaboration for academic publishers. Ruby, Stimulus, Postgres. €55k-€80k. jobs@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: founding engineers, first engineers, technical co-founders and CTOs
# ---------------------------------------------------------------------------------------------
FOUNDING = [
"""Shipwright (pre-seed) | Founding Engineer | NYC | Onsite | $150k-$180k + 1%-2%
Inventory financing for small makers who sell on marketplaces. Two founders, no engineers yet. TypeScript, Postgres, Plaid. You'll build everything and help decide how we build. founders@example.com""",

"""Rosehip Care | Technical Co-founder | Remote (US) | Equity + small salary
Rosehip helps families coordinate care for aging parents: a shared calendar, medication list and paid caregiver scheduling. I'm a nurse practitioner with 40 families using a no-code prototype and a waiting list of more. I'm looking for a technical co-founder to rebuild it properly and own all the technology. founders@example.com""",

"""Driftnet Labs (YC W24) | Founding Engineer | SF | In person | $170k-$210k + 0.5%-1.5%
Software agents that audit freight invoices for shippers and claw back overcharges. Python, TypeScript, Postgres on AWS. You'll ship to three paying customers in your first week. founders@example.com""",

"""Pinhole Health | Founding Full-Stack Engineer | Boston | Hybrid | $150k-$180k + 1%-2%
Ophthalmology practices use our prototype to triage referrals from optometrists. You'll build the product with our CTO: Django, React, Postgres. We'll set up Docker and a CI pipeline together; nothing fancy. founders@example.com""",

"""Company: Oarlock
Role: Founding Engineer
Location: Remote (EU)
Comp: €80k-€100k + 1.5%-3%
Stack: Elixir, Phoenix LiveView, Postgres
About: rowing club management, from boat bookings to crew lists and regatta entries. Pre-seed, with 30 clubs on the waitlist.
Email: founders@example.com""",

"""Kerbside Chargers | Founding Engineer | London | Hybrid | £80k-£100k + equity

We put EV chargers in lamp posts for residents who don't have a driveway. Software is half the product: the driver app, payments, remote charger management over OCPP, and the reporting portal councils use. You'll be the first engineer alongside the CTO. Node, TypeScript, React Native, Postgres. You'll also decide how we deploy, probably something simple on AWS, and we'll keep it simple until it hurts. founders@example.com""",

"""Topsoil (YC S25) | Founding Engineer | SF | Onsite | Measuring soil carbon for farms and the buyers who pay for it. Our method pairs a cheap soil probe with satellite data and a model our co-founder built during her PhD, and farms get paid for the carbon they store. Two pilots with grain cooperatives in Iowa and Kansas. You'll build the sampling app field crews use, the data pipeline and the reports buyers read. Python, React, geospatial data. $160k-$200k + 1%-2%. founders@example.com""",

"""Bellrope Music | CTO | London | Equity-heavy
A marketplace that books music teachers into primary schools. Two non-technical founders, £400k pre-seed, a prototype built by an agency. You'll own the tech, hire two engineers and decide what to keep. Schools book a violin or guitar teacher for a term; we handle vetting, timetables, invoices to parents and paying teachers. 60 schools use the prototype and it creaks. We'd like someone who has built a marketplace or booking product before and wants a founder's share, not just a job. founders@example.com""",

"""Mandap Events | Founding Engineer | Bangalore | Onsite | ₹40-60 LPA + ESOPs
Wedding vendor booking for tier-2 cities. Seed funded; the founders come from two large consumer internet companies. You'll build the first version of the vendor app and the customer marketplace. Flutter, Node, Postgres, AWS. founders@example.com""",

"""Quarterline Labs | First Engineer | Toronto | Hybrid | CAD $130k-$160k + 1%-2% | Sales tax compliance for Canadian online sellers. Rails, React. We have revenue and a waiting list. founders@example.com""",

"""Slipstitch | Founding Engineer | Remote (US) | $150k-$185k + 1%-2.5%

Slipstitch is a repairs-instead-of-returns service for outdoor gear brands: rather than refunding a torn jacket, we route it to a repair partner and send it back to its owner good as new. We're two founders (operations and design) with four brand customers. You'll build the customer repair portal, the partner app and integrations with brands' stores. We're open on stack; the prototype is Next.js and Supabase. You'll own hosting, CI and everything else too, but we hope it stays small for a long time. founders@example.com""",

"""Werkbank | CTO / Co-founder | Berlin | Equity + salary
A marketplace for renting workshop time at makerspaces: woodshops, welding bays, laser cutters. The commercial founder has signed 50 partner spaces. We need someone to build it and lead the tech. Members book a bench, pay by the hour and get their safety inductions recorded; spaces get a calendar and payouts. founders@example.com""",

"""Ledgerlight (pre-seed) | Founding Engineer | Remote (US) | $140k-$170k + 2%-4% | Accounting for churches and small faith communities: donations, designated funds, year-end giving statements. Django, HTMX. founders@example.com""",

"""Marginalia AI | Founding Engineer | NYC | Onsite | $170k-$200k + 1%-2%
We read commercial insurance policies and tell brokers what is actually covered. Two founders (one a former underwriter), seed round closed. Python, LLM pipelines, React. You'll build the product, the evaluation harness and customer onboarding. founders@example.com""",

"""Pitchfork Farms Software | Head of Engineering (first hire after the CTO) | Remote (US) | $190k-$220k + equity
We build farm management software for diversified vegetable farms. The CTO wrote version one; 300 farms use it. You'll lead the next three hires and still write a lot of Rails. founders@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: games, embedded and hardware programmers
# ---------------------------------------------------------------------------------------------
GAMES_HW = [
"""Lampwick Games | Gameplay Programmer | Montreal | Hybrid | CAD $80k-$105k
A cozy farming sim in Unreal Engine 5. C++ and Blueprints. You'll build crop systems, villager routines and the save system, and play a lot of builds. We're 18 people, self-publishing, with two games shipped on PC and Switch. We don't crunch, we play each other's work on Fridays, and a build machine makes a fresh build every night for the whole studio to grab in the morning. jobs@example.com""",

"""Bellows Interactive | Online Programmer | Remote (EU) | €65k-€85k
Four-player co-op roguelike. Unity, C#, Netcode for GameObjects, and a small Go matchmaking service that runs on Kubernetes. You'll own netcode and lobby features end to end. jobs@example.com""",

"""Pintle Devices | Embedded Software Engineer | San Jose, CA | Onsite | $150k-$180k
Firmware for smart irrigation controllers. C, FreeRTOS, BLE, LoRa. You'll write drivers, power management and the over-the-air update logic, and spend some afternoons in a very wet test garden. jobs@example.com""",

"""Coilspring Audio | Embedded Engineer | Brooklyn, NY | Onsite | C++, DSP, ARM Cortex-M7. Guitar effects pedals with an amp modeling engine. You'll write the audio chain, the preset system and the USB link to our editor app, with four engineers and a guitarist who tests everything loud. $130k-$160k. jobs@example.com""",

"""Sprite Harbor | Tools Programmer | Seattle | Hybrid | $130k-$160k
We make pixel-art RPGs. You'll build our level editor, dialogue tools and the glue in our build scripts, in C# and Python. Our Jenkins machines build every platform nightly; you'll help artists understand why their build broke. jobs@example.com""",

"""Tillerworks | Embedded Software Engineer | Lincoln, NE | Hybrid | $120k-$150k

Tillerworks retrofits older tractors with GPS auto-steer. You'll write firmware for the steering controller (C on STM32), the CAN bus interface, and the in-cab display (embedded Linux, Qt). Field testing in spring means long days in a cab and a lot of straight lines. jobs@example.com""",

"""Voltaic Bikes | Firmware Engineer | Portland, OR | Onsite | C, Zephyr, BLE. Motor controller and handlebar display for e-bikes. You'll work on torque control, battery state and the update path from our phone app. People ride in the rain, so we test in the rain. $130k-$155k. jobs@example.com""",

"""Gloamwood Studio | Backend Game Programmer | Austin, TX | Hybrid | $130k-$165k
A mobile strategy game with a million daily players. You'll build live events, leaderboards and store offers. C#, .NET, Redis, Postgres, hosted on AWS. Every engineer deploys their own features and watches the dashboards when an event goes live. jobs@example.com""",

"""Marionette Robotics | Robotics Software Engineer | Zurich | Onsite | CHF 110k-140k | C++, ROS 2, motion planning. Animatronic figures for theme parks that need to move like they mean it. jobs@example.com""",

"""Switchback Porting Co | Engine Programmer | Remote (UK/EU) | £60k-£80k
We port indie games to consoles. C++, console SDKs, rendering and memory optimisation. Every project is someone else's codebase, and every one teaches you something. jobs@example.com""",
]

FEED_POSTS = []
for _family, _posts in [
    ("software", SOFTWARE), ("backend", BACKEND), ("fullstack", FULLSTACK), ("frontend", FRONTEND),
    ("mobile", MOBILE), ("unspecified", UNSPECIFIED), ("founding", FOUNDING),
    ("games_hw", GAMES_HW),
]:
    FEED_POSTS += [(t.strip(), "other", _family, "-") for t in _posts]

# No duplicate texts, nothing repeated from feed_posts, and a role name only in a few posts that
# mention such a team in passing.
_texts = [t for t, _, _, _ in FEED_POSTS]
assert len(_texts) == len(set(_texts)), [t[:60] for t, n in Counter(_texts).items() if n > 1]
_seen = {t for t, _, _, _ in feed_posts.FEED_POSTS}
assert not [t[:60] for t in _texts if t in _seen]
_ROLE_NAME = re.compile(r"dev\s*-?\s*ops|\bsres?\b|site\s+reliability|platform\s+engineer", re.I)
assert all(label == "other" for _, label, _, _ in FEED_POSTS)
assert len([t for t in _texts if _ROLE_NAME.search(t)]) <= 16
