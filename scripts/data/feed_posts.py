"""Whole short postings in the style of a monthly startup hiring thread, written for jobclass to
train and check the posting-level decision "is this one of the three roles at all?".

FEED_POSTS is a list of (text, label, family, source):
- label "other" (source "-"): jobs that none of the five seed articles describes: product
  software, backend, full-stack, frontend, mobile, data, machine learning, security, cloud
  consulting, infrastructure-flavoured product work (databases, trading engines, payment
  infrastructure), IT and system administration, networking, QA, founding engineers and
  non-technical jobs. About half of the technical ones describe a stack with the tools the three
  roles also use (AWS, Docker, Kubernetes, Terraform, CI, on-call, monitoring) while the job is
  plainly building the product, the data or the models. None names a role, except about fifteen
  that mention such a team in passing ("our SRE team holds the pager, you build features"), so
  that a passing mention is not taken for the job.
- label "devops", "sre" or "platform" (family repeats the label): postings that describe the job
  without ever naming the role (no DevOps, SRE, Site Reliability or platform engineer/engineering;
  neutral titles such as Release Engineer or Production Engineer, or none), whose duties restate
  the facts of the seed article named in `source` (/work/shared/seeds/), in new words.
Every company, address (example.com) and sentence is invented here; nothing is copied from the
seed articles or from any real posting.
"""
import re
from collections import Counter

# ---------------------------------------------------------------------------------------------
# other: generic software engineers
# ---------------------------------------------------------------------------------------------
SOFTWARE = [
"""Quillmark (YC W19) | Software Engineers, all levels | San Francisco or Remote (US) | Full-time
Quillmark turns scanned contracts into structured data that legal teams can search and act on. We are 14 people, profitable, and grow mostly through word of mouth. You will ship features end to end: talk to a customer about a messy clause, then get the parser, the API and the review screen right. Stack is Python, TypeScript and Postgres, with a little Rust where speed matters, all on AWS. Everyone owns what they ship. $150k-$210k plus real equity. Interviews are a paid take-home of about three hours and a conversation about it, never a whiteboard puzzle. Email jobs@example.com with a few lines about something you built.""",

"""Harrow & Pike | Senior Software Engineer | London, hybrid (2 days in office) | Full-time

We sell crop and livestock insurance to small farms that the big carriers ignore. Pricing, claims and policy admin are all our own code, and there is a lot left to build: a claims app that works with one bar of signal, a quoting engine brokers can call, better fraud checks. We write Kotlin on the backend and React on the front. Small team, no ticket factory, you talk to farmers and underwriters directly. Our services run on AWS in containers; a contractor set up the pipeline years ago and it still hums along, so most of your week is insurance logic, not plumbing. We like people who write things down and ask dumb questions early. Salary £85k-£110k, 25 days holiday plus bank holidays. Visa sponsorship available. Apply at example.com/harrowpike/jobs""",

"""Lumenfold - Remote (EU time zones) - Software Engineer
We build scheduling software for community health clinics. Nurses use it all day, so it has to be fast and hard to break. You'd work across the Django backend and a Vue front end, pairing often. We value clear writing and kind code review over heroics. Current projects: rewriting the waiting list so clinics can fill cancelled slots automatically, and a text message reminder system that works in six languages. You should be comfortable with Python and have shipped something real in JavaScript. 4-day weeks in August, €65k-€85k, a learning budget you are expected to spend. We meet in person twice a year, once somewhere warm. Write to hello@example.com.""",

"""Oxbow Labs | Software Engineers (mid/senior) | NYC | ONSITE | $170-230k + equity Oxbow makes tools that help structural engineers check building designs against local code. Customers upload models, we return a report they can stamp. The hard parts are geometry, rule engines and making a 3D viewer that runs in a browser on an old laptop. We use C++, TypeScript, WebGL and Python. Our backend runs in Docker containers on AWS and ships through GitHub Actions, but you won't spend your days on that; you'll spend them on the product. Two of our engineers are licensed structural engineers and will happily explain what a moment frame is. We're 18 people, Series A, and we review every pull request within a day. Email careers@example.com, no recruiters please.""",

"""Parcelwise (YC S21) - Engineers of all levels - Chicago / Remote

Parcelwise is the returns desk for mid-size online stores: labels, refunds, restocking, and the analytics that tell a brand why things come back. We process about 40k returns a day and have doubled each year. We're hiring engineers who like owning a problem from customer call to shipped code. Go and TypeScript, Postgres, Kafka, Kubernetes on GCP. Interns welcome for summer. jobs@example.com""",

"""Brightwater Robotics | Software Engineer, Robot Behaviors | Pittsburgh, PA | Onsite

Our robots pick weeds in vegetable fields without herbicide. You will write the behavior code that decides where the arm goes next, tune it on real plants in the test greenhouse, and ride along on field days in summer. C++17 and ROS 2, Python for tooling. Some experience with motion planning or state machines helps. Green card sponsorship for the right person. Apply: example.com/brightwater/apply""",

"""Tallgrass Health | Software Engineers | Remote (US) | Full-time | Salary $140k-$190k
Tallgrass runs at-home dialysis support for patients in rural areas. Our software connects patients, nurses and supply shipments. Small engineering team (6), big impact. Rails, React, Postgres, Heroku. We care about accessibility and about HIPAA, in that order of joy. Right now we're building a supply tracker so patients never run out of dialysate, and a nurse app that handles calls, notes and visit schedules in one place. You'll write code, talk with nurses and help decide what we build next. We're looking for someone with 3+ years of web experience who wants work that matters to real families. Email work@example.com.""",

"""Cinderpath | Software Engineer (new grad or 1-3 yrs) | Austin, TX | Hybrid

Cinderpath builds the software that schedules crews and equipment for wildfire mitigation work: prescribed burns, thinning, fuel breaks. Customers are counties and utilities. You'll learn fast here: you'll ship code in your first week and own a feature within a month. TypeScript everywhere, Node on the backend, Postgres with PostGIS, maps with Mapbox. We run on AWS with Terraform and have a plain CI pipeline that a senior teammate looks after, so you can concentrate on product. Mentorship is real: weekly 1:1s and pairing. Our customers sometimes invite us to watch a prescribed burn; it is the best field trip in software. Full benefits from day one and a $2k home office stipend. jobs@example.com""",

"""Velour Games | Gameplay & Tools Programmers | Montreal | Onsite, relocation offered
Indie studio (22 people) making a co-op ship-building game. Looking for programmers who love making systems that designers can tinker with. Unity/C#, some C++ for native plugins. Studio-wide crunch policy: we don't. You'd work on the part editor, the physics that makes a badly built ship wobble in a funny way, and the tools our level designers use to script missions. Shipped at least one game or a serious mod? Tell us about it. French not required, though our Friday lunches are noisy in both languages. Salary CAD $85k-$115k. We publish ourselves and our last game sold well enough to fund this one. jobs@example.com""",

"""Ardent Ledger | Staff Software Engineer | Remote (Americas) | Full-time

Ardent Ledger is accounting software for nonprofits: fund accounting, grant tracking, audits that don't hurt. We're a 60-person company with a 20-person engineering team and we're looking for a staff engineer to lead the rebuild of our reporting engine. You'll shape the design, write a lot of the code and help four other engineers grow. The system today is a Java monolith on AWS; we are carving the reporting side into a separate service with its own Postgres read replicas and a query layer that finance people can actually understand. We have on-call, it is quiet (two pages last quarter) and shared across the whole team. Salary range $210k-$250k. Send a note to staffhiring@example.com.""",

"""Marisol | Software Engineer | Lisbon or Remote (Portugal) | Full-time

Marisol helps small hotels run their front desk from a tablet: check-in, keys, payments, housekeeping lists. Elixir/Phoenix LiveView, Postgres, deployed on Fly. Team of nine, async first, one week together in Lisbon every quarter. The next big pieces are channel manager integrations (so room inventory on booking sites stays right) and a guest messaging inbox. Experience with Elixir is nice but we've trained Ruby and Python people before. Salary €50k-€70k. Portuguese is a plus but not required. Most of our customers are family-run places in the Algarve and the Azores, and they will tell you exactly what they think. Email ola@example.com.""",

"""Kestrel Bio (YC W22) | Software Engineers | South San Francisco | Onsite
We automate wet lab experiments: our software plans the runs, drives the liquid handlers and turns the readings into something a scientist can trust. You'll write Python that talks to hardware, build the web app scientists use to design experiments, and sit next to the people who use it. Biology background not required, curiosity is. $160-200k + equity, full benefits. Apply at example.com/kestrel.""",

"""Fernhollow | Senior Software Engineers | Berlin (hybrid) | Full-time | Visa support

Fernhollow builds energy management software for apartment buildings: heat pumps, solar, batteries, and tenants who just want the shower to be warm. We read data from thousands of devices, forecast demand and send control signals every few minutes. Our backend is Kotlin and TimescaleDB, running in Kubernetes on a European cloud, with Grafana for dashboards. You'll work on forecasting services, the tenant app and the integrations with device makers. Relocation help and German classes paid. Salary €75k-€95k for senior engineers. We work in small teams of four to six with a product manager and a designer, and we plan in six-week cycles with two weeks of cleanup between them. Apply at example.com/fernhollow/careers.""",

"""Slate & Signal | Software Engineers of all levels | Remote (US/Canada) We're a small company making software for local newsrooms: publishing, paywall, newsletters, ad slots. 300 papers use us. Rails and Stimulus, MySQL, Sidekiq, on AWS. Lots of legacy, lots of goodwill. This year we're moving the paywall to a metered model, adding a newsletter editor that reporters don't hate, and getting page loads under a second on cheap Android phones. We are hiring two engineers this quarter. You don't need a journalism background, but you should care whether local news survives. Pay: $120k-$165k, plus a subscription to every paper we host (that's a lot of crosswords). We're a remote team of 20 spread over nine states and three provinces. news@example.com""",

"""Gridline Analytics | Software Engineer | Denver, CO or Remote | Full-time

Utilities use Gridline to plan where new solar and EV chargers will overload the distribution grid. We simulate power flow for whole service territories, which means big graphs, numerical code and a lot of caching. You'll split time between the simulation service (Python, NumPy, some Julia) and the planning UI (React). We containerize everything and deploy to AWS, with a simple CI setup; monitoring is basic and good enough. We'd love someone who's worked in energy, but it's not required. We're 30 people, backed by climate investors, and our customers include twelve utilities. Salary $140k-$180k, equity, and a generous hardware budget. gridjobs@example.com""",

"""Pebblecraft (YC S20) - SF - Software Engineers - Onsite
Pebblecraft is a toolkit for teachers to build interactive science lessons. We just raised our Series A and are growing the engineering team from 5 to 10. You'll build the lesson editor, the simulation widgets and the classroom dashboard. TypeScript, React, Node, Postgres. Teachers are our favorite users: they send us handwritten thank you cards. jobs@example.com""",

"""Ironvale Systems | Embedded Software Engineer | Minneapolis | Onsite | Full-time

Ironvale makes sensors that monitor bearing wear in mining equipment. You'll write firmware in C for our ARM-based sensor nodes, work on the low-power radio stack, and help test units in a freezer and on a shaker table. Some travel to customer sites. US citizenship or green card required because of customer contracts. Apply: example.com/ironvale/jobs""",

"""Cobaltline | Software Engineer II | Toronto | Hybrid
Cobaltline builds payroll for restaurants: tip pooling, split shifts, multi-province tax rules. Our engineers own features from spec to support. Java/Spring, React, Postgres, AWS (ECS). You'll work with our DevOps team on release timing for tax-season changes, but your job is payroll logic and the screens managers use on Sunday night. CAD $110k-$140k. careers@example.com""",

"""Wrenfield | Software Engineers (backend-leaning or frontend-leaning, we need both) | Remote, US time zones

Wrenfield is a benefits platform for hourly workers. Our users mostly live on their phones and have never seen a benefits portal they liked. We're a team of 12 engineers shipping weekly. Stack: TypeScript end to end, NestJS, Next.js, Postgres, Redis, all on AWS with Terraform and GitHub Actions already set up. On-call rotates through the whole team, one week in ten. We're looking for people who write tests, ask "why" and enjoy talking to users. Salary $145k-$185k, 401k match, fully paid health insurance. Our interview is a conversation about a past project, a pairing session on a real bug and a chat with a product manager. Apply at example.com/wrenfield.""",

"""Nimbleroot - Software Engineer - Amsterdam - full-time - EU work permit needed (we can sponsor a Dutch knowledge migrant visa)
Nimbleroot is a tiny company (7) building inventory software for plant nurseries. Python, FastAPI, htmx, SQLite in production (yes really, it's fine, and we'll tell you how we back it up over coffee). Our customers grow trees and shrubs in fields and greenhouses and need to know what's ready to sell, what's reserved and what froze last night. You'd own the ordering module and our barcode label printing. We value people who can say no to features. Salary €55k-€70k, 28 vacation days, and a bike allowance. Apply via nimble@example.com.""",

"""Calder Street Capital | Software Engineer | New York | Onsite | Full-time

We're a small quantitative investment firm. Engineers here build the research tools our analysts use every day: backtesting, data cleaning, portfolio reports. Python and pandas, a growing amount of Polars, some C++ for the hot paths. No finance background needed, but you should enjoy math and be careful with numbers. Base $200k-$275k plus bonus. Send resume to recruiting@example.com.""",

"""Larkspur Learning | Software Engineers | Remote (anywhere between UTC-8 and UTC+2)

Larkspur runs live online tutoring for kids who are behind in reading. We've built our own classroom: video, a shared whiteboard, reading games, and progress reports for parents. It has to work on school Chromebooks on bad wifi. We're hiring two engineers to work on the classroom and the tutor tools. WebRTC experience is a big plus. TypeScript, Go, Postgres. We deploy to Kubernetes on GCP and use Datadog; a dedicated teammate owns that part. We're 40 people, half of them tutors, and our engineers sit in on a tutoring session in their first month. Salary $130k-$170k. Email people@example.com""",

"""Thistle (YC W23) | Software Engineer #4 | NYC | Onsite 4 days
Thistle is an AI-assisted bookkeeping service for dentists and other small clinics. We're three engineers and two accountants, and we ship every day. You'll work across the stack: ingestion of bank feeds, the reconciliation engine, the client app. Python, TypeScript, Postgres on Render. $160-190k, 0.5-1% equity. founders@example.com""",

"""Anvilworks | Senior Software Engineer | Detroit, MI | Hybrid Anvilworks writes manufacturing execution software for tier-2 auto suppliers. Our code runs on factory floors and tells operators what to build next, tracks parts and records quality checks. You'll work on our scheduling engine and the shop floor tablet app. C# and .NET 8, SQL Server, some Blazor. Occasional visits to plants in Michigan and Ohio. Good benefits, pension match, and we close between Christmas and New Year. careers@example.com""",

"""Saltmarsh | Software Engineers, all levels | Remote (UK) | £60k-£95k

Saltmarsh helps councils manage flood defences: inspections, asset registers, maintenance plans. Our app is used in the field on rugged tablets, often offline. We write TypeScript with React Native and a Node backend, Postgres with PostGIS. Our infrastructure is small and boring: a couple of services in Docker on AWS, deployed by GitHub Actions, watched with Sentry. You'll spend your time on the product. Apply at example.com/saltmarsh/jobs.""",

"""Pinegate Software - Software Engineers - Raleigh, NC or remote
Clinical trial management software. We're a 40-person company, steady, profitable, no VC. Engineers work in small pods with a product manager and a designer. C#, Angular, Azure. We're looking for mid-level and senior people, and one junior. The current focus is a patient diary app for trial participants and a faster way for study coordinators to reconcile site visits. The domain is regulated, so we document more than a typical startup, but we also ship every two weeks. Good health plan, 6% 401k match, and nobody answers Slack after 6pm. Raleigh folks come in on Wednesdays for lunch; remote folks get a yearly trip to join. Email hr@example.com.""",

"""Moth & Moon | Software Engineer | Portland, OR | Onsite | Part-time or full-time
We're a small studio making a knitting pattern app (yes, really) with 200k monthly users. Swift for iOS, Kotlin for Android, Firebase on the back. We want someone who can own the Android app and pitch in on iOS, with a sharp eye for small details: row counters, chart zooming, the bit where the app remembers exactly which stitch you were on. If you knit, great. If you don't, we'll teach you. Pay $55-$70/hour or salaried equivalent. We're a husband-and-wife team plus one contractor, and this would be our first real hire. We answer every support email ourselves. hello@example.com""",

"""Stonebridge Freight | Software Engineers | Dallas, TX | Hybrid | Full-time

Stonebridge is a digital freight broker. Shippers post loads, carriers book them in our app, and our software handles pricing, tracking and payment. We've grown to 150 people and the engineering team is 25. We're hiring across several squads:
- Pricing
- Carrier experience
- Documents (OCR on bills of lading, which is harder than it sounds)
Stack: Python and Go services, Postgres, Kafka, React, React Native, everything in containers on AWS EKS. There is a dedicated infrastructure group, and product engineers own their services, including alerts and on-call for them. Salary $130k-$190k depending on level. We hold a demo day every month. Apply at example.com/stonebridge.""",

"""Glimmerfield | Software Engineer, Creative Tools | Remote (US/EU)
We make a browser-based video editor for podcasters who record two-person interviews and want clips for social media by lunch. The interesting problems: frame-accurate timelines in the browser, audio waveform rendering for three-hour files, transcripts that stay in sync when you cut, and collaboration without conflicts. TypeScript, WebAssembly (Rust), WebCodecs, a small Go API. We're 9 people, seed funded, and hire slowly. Salary $140k-$175k or the equivalent in euros. Tell us about the hardest UI you've built: apply@example.com""",

"""Orchard Street Labs | Senior and Staff Engineers | Boston | Hybrid

Orchard Street builds software for pharmacies to manage specialty medications: prior authorization, patient outreach, refill reminders. We're 80 people, Series B, growing fast. We're hiring senior and staff engineers who can lead projects across teams. The platform is a set of Python services and a React app, running on Kubernetes in AWS, managed with Terraform. We care about reliability because patients depend on us, so every team owns monitoring for what they build and joins the on-call rotation for it. Real work/life balance though: average of one page per week across the whole org. Salary range $180k-$240k. Visa transfers supported. recruiting@example.com""",

"""Bramble | Software Engineers | Remote | Europe
Bramble is open-source note-taking software with a paid sync service. Small team, fully remote, 4 engineers. Rust for the core, TypeScript for the app, Tauri for desktop. We pay the same salary bands regardless of country. Contributions on GitHub are the best way to introduce yourself, but you can also write to team@example.com.""",

"""Halcyon Civic | Software Engineer | Washington, DC | Hybrid | US citizens only (public trust clearance)
We build digital services for government agencies: benefits applications, permit systems, case management. You'll work in cross-functional teams with designers and researchers. Ruby, Python, Java depending on the project, mostly on AWS GovCloud with whatever delivery tooling the agency already has. Salary $120k-$175k. Apply at example.com/halcyon/careers.""",

"""Tessellate Maps | Software Engineers (C++ and TypeScript) | Zurich | Onsite
We render vector maps for outdoor apps: hiking, skiing, sailing. Our renderer is C++ compiled to native and to WASM. You'll work on map styling, label placement and offline packs. We pay well by Swiss standards and help with permits. jobs@example.com""",

"""Copperleaf Home | Software Engineer | Salt Lake City, UT | Onsite | Full-time Copperleaf sells smart irrigation controllers that cut yard water use in half. Our team of 10 engineers covers the device firmware, the phone app and the cloud service that talks to the weather forecasts. We're hiring a software engineer for the cloud and app side. Go, Postgres, MQTT, React Native. The service runs in Docker on AWS; we keep ops light so we can spend our time on the thing customers touch. Equity for everyone. Summers are our peak season, and watching a neighborhood's water use drop on a graph never gets old. Salary $120k-$155k. Email jobs@example.com.""",

"""Redfern Insurance Tech | Multiple Software Engineer roles | Hartford, CT or remote (US)

We modernize claims systems for regional insurers. Most of our clients run COBOL somewhere and we build the modern layer on top. Hiring:
* two senior engineers (Java, Spring Boot)
* one mid-level engineer (TypeScript, React)
* one engineer interested in integrations and EDI formats
You'll work with client teams and our small DevOps group, who handle the hosted environments; your job is the claims workflows and the integrations. Good benefits, real 40-hour weeks. Some travel to client sites in New England, about once a quarter. Salaries range from $110k to $175k depending on the role. Hiring is quick: two conversations and an offer. careers@example.com""",

"""Sundial Studio (YC W20) | Software Engineer | SF | Onsite
Sundial builds calendar infrastructure for scheduling apps: availability APIs, booking links, time zone sanity. Our customers are developers, so our API has to be excellent. TypeScript, Postgres, Cloudflare Workers. Salary $170k-$210k and 0.2%-0.6%. jobs@example.com""",

"""Tidewater Logistics | Software Engineers | Savannah, GA | Hybrid

We write the yard management software used at container terminals: where each box sits, which truck takes it, which crane moves it next. Real-time, lots of edge cases, and users who will call you if it's wrong. C# on the backend, Angular front end, SQL Server. We're hiring engineers who enjoy tricky scheduling problems and don't mind a visit to the port. Relocation assistance. jobs@example.com""",

"""Pellucid | Software Engineer | Remote (global) | Full-time | $120k-$180k (same for everyone)

Pellucid makes privacy-friendly web analytics for small sites. We're 8 people, bootstrapped, and the product pays for itself. You'll work on ingestion, the dashboard and the public API. Elixir, ClickHouse, Postgres, a bit of Svelte. We run our own servers at a European host and a teammate looks after them; you'll learn some of it, but the job is the product. team@example.com""",

"""Meridian Vet | Software Engineers | Remote (US) | Full-time
Practice management software for veterinary clinics. Appointments, records, billing, reminders that dogs' owners actually read. Ruby on Rails, React, Postgres. Team of 15 engineers. Hiring two mid-level and one senior. This year's roadmap: a client portal where pet owners book and pay, lab result integrations with three big reference labs, and a rewrite of our slowest reports. We ship behind feature flags and talk to clinic staff every week. Salary $125k-$175k, plus a pet insurance stipend (of course). We meet twice a year in Denver, where most of the company lives, and the office dogs outnumber the people. Apply at example.com/meridianvet.""",

"""Ravenstone Security Glass | Software Engineer (industrial vision) | Columbus, OH | Onsite

We manufacture laminated glass and built our own inspection line with cameras and custom software. We're hiring a software engineer to maintain and extend it: Python, OpenCV, a small PyTorch model for defect detection, and a PLC interface. You'll be on the plant floor a lot. A great fit for someone who likes seeing code move real things. hr@example.com""",

"""Quorum Table | Software Engineers | New York or Remote (EST) | Full-time

Quorum Table builds board management software for small and mid-size nonprofits: meeting packets, votes, minutes, governance calendars. Boring on the surface, but our customers depend on it. We're growing the team from 6 to 10 engineers. Our stack: TypeScript, Node, GraphQL, React, Postgres on AWS with Terraform. Everyone on the team ships to production, writes tests and takes a turn on support. You'll work with our SRE team, who carry the production pager; you build features and own their quality. Salary $140k-$180k. We plan in two-week cycles and keep meetings to Tuesdays and Thursdays so the rest of the week is for deep work. Apply at example.com/quorumtable.""",

"""Juniper Row | Software Engineer | Nashville | Hybrid
Music royalty accounting for indie labels. We take messy statements from 40+ streaming services and make them add up. Python, Django, Postgres, pandas. Ideal for someone who likes data cleaning and hates rounding errors. Artists get paid out of what we compute, so correctness comes first and speed second. You'll build importers for new statement formats, the split sheet editor and the payout reports labels send to their artists every quarter. Team of four engineers, all onsite two days a week. Salary $115k-$145k. jobs@example.com""",

"""Pathfinder Aero | Flight Software Engineers | Seattle | Onsite | US persons only (ITAR)

Pathfinder builds small electric cargo drones for hospitals moving lab samples between campuses. We're hiring flight software engineers to work on autopilot integration, mission planning and the ground control station. C++, Rust, Python, lots of simulation and hardware-in-the-loop testing. You'll see your code fly within your first month. Competitive salary, equity, relocation. careers@example.com""",

"""Hearthstone Property Software | Software Engineers | Remote (US) | $110k-$160k Property management for small landlords (1-50 units). Rent collection, maintenance requests, leases. PHP/Laravel and Vue, migrating some pieces to TypeScript. Kind team, no heroes, no weekend deploys. We're 30 people and have been around since 2014, serving about 18,000 landlords. The next projects are bank-verified rent payments and a maintenance request flow that lets tenants send a video of the leaking tap. Four weeks of vacation to start. Salary $110k-$160k, and our support team will love you if you fix the late-fee report. Most of the team lives around Kansas City and meets monthly, but remote is fully supported. Apply at example.com/hearthstone.""",

"""Silverkite | Senior Software Engineer | Singapore | Hybrid | Employment Pass sponsorship

Silverkite builds cross-border payroll and compliance for companies hiring in Southeast Asia. We handle tax rules in eight countries and they change often. You'll design the rules engine, build the admin tools our compliance team uses, and help us scale to new countries. Go services on Kubernetes (AWS), Postgres, Temporal for workflows, React front end. You'll own your services in production like everyone else here. Salary SGD 140k-190k. We're 90 people across Singapore, Jakarta and Manila, and the engineering team is 22. Some experience with payroll or tax is nice but not needed. Hybrid means Tuesdays and Thursdays in the office. Email talent@example.com.""",

"""Fieldnote | Software Engineer | Remote (Canada) | Full-time
Fieldnote is an app for ecologists doing biodiversity surveys: species lists, photos, GPS tracks, offline first, because the best bogs have no signal. Our users are consultancies, parks agencies and a lot of grad students. Flutter app, Go backend, Postgres. Team of five, one of whom used to count songbirds for a living. You'd work mostly on sync and conflict handling, then on exports to the formats regulators want. Salary CAD $100k-$135k, plus two field days a year with customers. We're funded by a mix of subscriptions and a conservation grant. Remote anywhere in Canada, with a yearly team week. jobs@example.com""",

"""Cartwheel Commerce | Engineers of all levels | Brooklyn, NY | Onsite (3 days)

Cartwheel builds a storefront builder for food makers: bakeries, hot sauce brands, small coffee roasters. Online orders, local delivery windows, subscriptions. We're hiring engineers from new grad to senior. You'll work on the storefront, checkout, and the order dashboard makers check at 6am. Ruby on Rails, Hotwire, Postgres, Redis, deployed on AWS. We'll teach you the parts you don't know. Salary $120k-$200k depending on level. We're 26 people, Series A, and most of our team has worked in a kitchen at some point. Our product managers still deliver orders once a month to stay close to customers. jobs@example.com""",

"""Verdigris Legal | Software Engineer | Chicago | Hybrid
We build e-discovery software for mid-size law firms. Document processing pipelines, search, redaction tools. Java and Elasticsearch on the back, React on the front. Our pipeline processes millions of pages a week, so performance work is part of the job. Remote days flexible. careers@example.com""",

"""Polestar Learning | Software Engineers | Remote (India) | Full-time

Polestar makes exam preparation apps for engineering and medical entrance exams, used by 2 million students. We're hiring software engineers for the practice test engine, the live class features and the doubt-solving chat. Java and Kotlin on the backend, React and Android on the front, MySQL and Redis. The service runs on AWS with Docker and autoscaling that our infrastructure team manages; you'll need to care about performance, since traffic spikes tenfold the night before exams. INR 25-45 LPA. You'll work in squads of five or six engineers with a product manager, and ship to 2 million students every week. Apply at example.com/polestar.""",

"""Loam | Software Engineer | Berkeley, CA | Onsite | Full-time
Loam measures soil carbon for farmers joining carbon programs. You'll build the sample tracking system for our lab, the reports farmers see, and the data pipeline that feeds our models. Python, Django, Postgres, some R from the scientists. jobs@example.com""",

"""Aperture Hall (YC S18) | Senior Software Engineer | Remote (US) | $180k-$220k

Aperture Hall is a hiring platform for hospitals: nursing job boards, credential checks, interview scheduling. We're 45 people and profitable. You'll lead projects on our credentialing product, which pulls license data from 50 state boards and keeps it current. TypeScript, Node, Postgres, AWS, Terraform, CircleCI. We have a small team that runs shared infrastructure, and engineers own monitoring and alerting for their features. Apply at example.com/aperturehall.""",

"""Kettle & Coil | Software Engineers | Melbourne, Australia | Hybrid
We build booking and membership software for gyms and climbing walls. 1,200 venues use us. Elixir and React, Postgres, on AWS Sydney. We're hiring two engineers, any level from mid up. Working rights in Australia required. jobs@example.com""",

"""Saffron Systems | Software Engineer, Point of Sale | Remote (US) or Houston, TX

Saffron makes point-of-sale and kitchen display systems for restaurants. Our software runs on Android terminals in the restaurant and syncs with the cloud when it can. You'll work on offline sync, payments integrations and the kitchen screen. Kotlin, Java, a Node backend, Postgres. Friday afternoons are for fixing whatever annoys you. Salary $130k-$170k. careers@example.com""",

"""Driftless Data Co-op | Software Developer | Madison, WI | Hybrid | Worker-owned We're a worker-owned cooperative building software for farmers' markets and CSA farms. After a year you can become a member-owner. Python and Django, some Elm. Equal pay for everyone. join@example.com""",

"""Gantry Works | Software Engineer | Remote (US) | Full-time

Gantry Works builds project management software for construction general contractors: RFIs, submittals, daily logs, photos. Contractors use it on phones in the dirt. We're hiring a software engineer to work on document workflows and our integrations with accounting systems. Ruby, React, Postgres, S3, deployed with GitHub Actions to AWS. You'll be expected to monitor what you ship and fix it when it breaks, same as everyone. $135k-$175k. Our customers build schools, hospitals and warehouses, and they will send you photos of the finished building. Team of 12 engineers in four time zones. We hire for curiosity more than for résumé keywords. Apply at example.com/gantry.""",

"""Heliotrope | Software Engineers | Paris | Hybrid
Heliotrope is a tool for architects to estimate the carbon footprint of a building while they design it. Plugins for Revit and Rhino, plus a web app. C#, TypeScript, Python. Team of 11. French helpful. recrutement@example.com""",

"""Morrow Health (YC W21) | Software Engineers | SF or NYC | Onsite | Full-time

Morrow provides virtual physical therapy after surgery. Patients follow exercise plans on their phone, the camera counts reps and checks form, and the therapist sees progress. We're hiring software engineers to build the patient app, the therapist dashboard and the scheduling system. Swift, Kotlin, TypeScript, Python, all backed by Postgres on AWS. You will work directly with therapists and patients. $160k-$215k, equity, full benefits. We've raised a Series A and work with three large hospital systems. Our clinical team reviews every exercise we ship, and engineers join patient calls once a month. Relocation help is available. Email jobs@example.com.""",

"""Wickerbasket | Software Engineer | Remote (EU) | Full-time
Wickerbasket sells grocery ordering software to independent supermarkets. Laravel, Vue, MySQL. We've got 120 stores, 6 engineers and no investors. Looking for one more engineer who likes shipping small things often. €55k-€75k. hej@example.com""",
]

SOFTWARE += [
"""Tamarack Mutual Aid Software | Software Engineers (2 openings) | Remote (US) | Full-time | $135k-$170k

Tamarack builds case management software for food banks and mutual aid networks. Volunteers use it to register households, schedule pickups and track what went out the door; coordinators use it to report to funders without a spreadsheet marathon. We're a public benefit corporation with 22 staff and customers in 31 states. We're hiring two software engineers who want their code to matter to someone standing in line on a cold morning. You'll work across a Django API and a React front end, with a growing offline mode for pantries in church basements. Our deploys go out through a CI pipeline our platform engineering colleague maintains, and you'll never be asked to babysit a server. What we want:
- a few years of building web apps
- patience with real-world data
- kindness in review
Write to jobs@example.com and tell us why this work.""",

"""Corvid Works - Software Engineers, all levels - Vancouver, BC - Hybrid (Tue-Thu) - Full-time

Corvid Works builds route optimization for waste and recycling haulers: which truck picks up which bins, in what order, with what driver and which landfill at the end. Each morning we solve thousands of vehicle routing problems and the drivers tell us, loudly, when we get it wrong. We're hiring engineers at every level, from new grad to principal. Open seats:
- Optimizer (C++, OR-Tools, a lot of heuristics)
- Dispatcher web app (TypeScript, React)
- Driver tablet app (Kotlin)
The backend is Java services on AWS with Postgres and Redis; we keep builds green and deploys small. You don't need operations research experience, but you do need to like puzzles with messy constraints. Salary CAD $105k-$190k depending on level. Work permit sponsorship possible for senior roles. careers@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: backend engineers
# ---------------------------------------------------------------------------------------------
BACKEND = [
"""Mossgate Payments | Senior Backend Engineer | Remote (US, Canada) | Full-time | $175k-$215k

Mossgate lets property managers collect rent by bank transfer without paying card fees. We move about $400M a month, so correctness is our religion. You'll work on the ledger, the payout scheduler and the reconciliation jobs that match bank files to our records. Our backend is Go with Postgres, a little Kafka, and a lot of idempotency keys. We deploy to Kubernetes on AWS, and every engineer owns the dashboards and alerts for their services. What we're looking for: you've built money-moving systems or something equally unforgiving, you write clear design docs, and you like testing edge cases more than most people do. Apply at example.com/mossgate/jobs with a short note.""",

"""Threadline (YC W20) | Backend Engineer | NYC or Remote (EST +/- 3h)
Threadline is an API for sending and tracking certified mail and legal notices. Lawyers and lenders call us, we print, mail and track, and the proof of delivery shows up in their system. You'll build the API, the job queue that hands work to our print partners, and the webhooks customers rely on. Python (FastAPI), Postgres, Celery, Redis. Hosted on AWS. We're four engineers and want a fifth who thinks about failure cases before writing code. $150k-$190k, 0.3%-0.8% equity. Bonus if you've dealt with printing or logistics partners; they have their own view of what an API is. backend@example.com""",

"""Greyhaven | Backend Engineers (mid and senior) | Berlin or Remote (CET ±2) | Full-time

Greyhaven builds booking software for physiotherapy and massage practices across Germany and Austria. 6,000 practices, 2 million appointments a month. We're hiring backend engineers for two teams:
- Scheduling: availability, recurring bookings, waitlists
- Billing: statutory insurance billing, which is as fun as it sounds and twice as important
Kotlin and Spring Boot, Postgres, RabbitMQ. We run on Kubernetes at a German cloud provider for data protection reasons. German is not required in engineering. Salary €70k-€95k, 30 vacation days, a BahnCard 100 if you want one. We run a quarterly hack week and keep it sacred. Apply: example.com/greyhaven/careers""",

"""Foxglove Energy | Backend Engineer | Houston, TX | Hybrid | Full-time Foxglove buys electricity on the wholesale market for commercial customers and resells it at fixed prices. Our backend ingests meter reads, market prices and weather forecasts, and produces invoices and hedging reports. You'll build ingestion pipelines for new utilities, improve our billing engine and write APIs for the customer portal. Python, Django, Postgres, Airflow, AWS. Energy experience welcome but not required. Good salary, bonus, and a team that eats lunch together. We're 45 people, profitable, and expanding into two new states next year, which means new utilities, new tariffs and new bill formats for you to tame. Salary $125k-$160k. careers@example.com""",

"""Bellweather | Backend Engineer, Integrations | Remote (US) | $140k-$175k

Bellweather connects small-business payroll to 40+ accounting tools so bookkeepers stop copying numbers between tabs. Most of the job is integrations: understanding someone else's odd API, mapping their data to ours, and making sync robust to partial failures and rate limits. You'll build new connectors, rebuild the old ones we're embarrassed of, and improve the retry and backoff logic that sits under all of them. Our stack is TypeScript (Node), Postgres and SQS, deployed on AWS Lambda and ECS. Good logging and metrics exist, and you'll add more. Ideal candidate has built integrations before and has opinions about OAuth. Apply at example.com/bellweather.""",

"""Sorrel | Backend Engineer | London | Onsite 3 days | £75k-£100k + options
Sorrel is a subscription meal kit for people with food allergies. We handle ordering, recipe rules (no nuts means no nuts, anywhere, ever), warehouse pick lists and delivery slots. You'll own the order pipeline and the allergen rules engine. Python, Django, Postgres, Celery, hosted on GCP. We're hiring one backend engineer to join a team of four. jobs@example.com""",

"""Caraway Health | Backend Engineers | Remote (US only) | Full-time

Caraway helps employers offer fertility and family-building benefits. Our backend manages eligibility, claims, provider networks and care navigation. We're looking for backend engineers who want to work on healthcare data that's actually personal: the claims adjudication service, the EDI parser for 834 and 837 files, and the event system that drives member communication. Java 21, Spring, Postgres, Kafka. We run everything on AWS, with Terraform, and we partner with our SRE team on production readiness reviews; you design, build and run your own services. Salary bands $150k-$200k (mid) and $190k-$235k (senior). Our members are going through one of the most emotional experiences of their lives, so we sweat details. Apply at example.com/caraway.""",

"""Ninebark (YC S22) | Backend / API Engineer | San Francisco | Onsite
We make an API that turns messy product catalogs into clean, categorized data for marketplaces. Customers send millions of SKUs, we return attributes, categories and duplicates. The backend is Python and Rust, with Postgres and a vector index for matching. We're 6 people and need someone to own the API layer: versioning, rate limiting, bulk jobs, and making the docs honest. $170k-$200k and meaningful equity. founders@example.com""",

"""Hollowpine | Senior Backend Engineer (Ruby) | Remote (Europe) | Full-time

Hollowpine runs online stores for independent bookshops: catalog, ordering, gift cards, and a little social reading club. We have 900 shops and one giant Rails app that has been lovingly kept up to date since 2013. We're looking for a senior Ruby engineer who knows how to make a big Rails codebase faster and clearer without a rewrite. Sidekiq, Postgres, Elasticsearch, Redis, hosted on a managed cloud with a CI pipeline that already works. You'll lead the migration of our search to a new indexing pipeline this year. Salary €75k-€90k, four-day week option, book allowance. The team is six engineers in four countries. hello@example.com""",

"""Beacon Rail | Backend Engineer | Chicago | Hybrid
Software for short-line railroads: car tracking, switching lists, interchange reporting with the big railroads. A weird and wonderful domain. C# and .NET, SQL Server, Azure. Small team, patient customers, and yes, there are train rides. careers@example.com""",

"""Kelpie Logistics | Backend Engineers (Go) | Amsterdam | Hybrid | Visa sponsorship

Kelpie runs the software behind same-day deliveries for pharmacies in six European cities. Orders come in from pharmacy systems, our dispatch engine groups them into routes, and riders get them on the app. We're hiring Go engineers for the dispatch and pricing services. Expect concurrency, geospatial queries, and a constant stream of real-world surprises (bridges that open, roads that close for a market). The services run on Kubernetes with Postgres and NATS; each team owns deploys and alerts for its services and is on call for them during city operating hours. We sponsor the Dutch highly skilled migrant visa and help with the 30% ruling. Salary €70k-€100k. Apply at example.com/kelpie.""",

"""Lodestone Capital Markets | Backend Engineer (Java) | Toronto | Onsite
Lodestone builds order management software for boutique investment dealers. You'll work on order routing, trade allocation and end-of-day reporting. Java 17, Spring, Oracle (for now), Solace. Finance experience is an advantage. Hybrid after probation. CAD $120k-$150k plus bonus. hr@example.com""",

"""Dovetail Dental | Backend Engineer | Remote (US) | $130k-$160k

Dovetail processes insurance claims for dental offices: eligibility checks, claim submission, remittance matching. It's a lot of EDI, a lot of payer quirks and a lot of money that belongs to small businesses. You'll build and maintain our payer integrations and the claim status engine. Python, Flask, Postgres, RabbitMQ, Docker on AWS. Good monitoring exists; you'll add to it when you find a gap. We're a team of 9 engineers and we pair a couple of times a week. Experience with healthcare claims or EDI formats (837D, 835) is a nice bonus. Email careers@example.com with a resume or a link to something you wrote.""",

"""Tanager Labs | Backend Engineer | Remote (global) | Full-time Tanager is building a headless CMS for documentation sites. Open source core, hosted cloud product. We need a backend engineer for the content API and the build service that renders docs sites on publish. TypeScript (Node), Postgres, S3, a queue. You'll also help maintain the open-source server and review community contributions. We pay the same bands everywhere: $130k-$160k. We're 11 people across 8 countries. We meet once a year for a week, most recently in Porto, and write everything down the rest of the time. The open-source project has 9,000 stars on GitHub and a friendly group of regular contributors. Send a link to your GitHub or a writing sample to jobs@example.com.""",

"""Umberfield (YC W18) | Backend Engineers | SF Bay Area | Hybrid | Full-time
Umberfield is software for commercial solar installers: design, proposals, permitting, and project tracking. We're hiring backend engineers for our permitting team, which generates permit packets for 3,000+ jurisdictions with different rules. The work is part rules engine, part document generation, part data entry pipeline. Python, Django, Postgres, Celery, React on the front, running on AWS with Terraform. Salary $155k-$205k, equity, 401k. Apply: example.com/umberfield""",

"""Quarry Health | Backend Engineer, Claims | Nashville, TN | Hybrid (2 days)

Quarry builds revenue cycle software for rural hospitals. Backend engineers on the Claims team own the services that build, scrub and submit claims, then read back denials and help billers fix them. Kotlin, Spring, Postgres, Kafka, on AWS. You'll work with billers every week and learn the CPT code book whether you like it or not. We're looking for someone with 3+ years on backend systems and patience for domain complexity. Our small DevOps team handles the build servers and environments; you'll own your services' behavior in production. $135k-$170k. Our hospitals are small and often the only one for 50 miles, so the money we help them collect keeps doors open. Apply at example.com/quarry.""",

"""Wildrye | Backend Engineer | Remote (Latin America) | USD salary
Wildrye makes loyalty programs for coffee shops: punch cards on the phone, tied to the POS. Node.js and TypeScript, Postgres, Redis, AWS. You'll build POS integrations and the rewards engine. Full English required, Spanish or Portuguese a plus. $60k-$85k USD. jobs@example.com""",

"""Rowan Court | Backend Engineer, Search | New York | Hybrid | Full-time

Rowan Court is a marketplace for apartment rentals that only lists verified, no-fee units. Search is the whole product: renters filter by commute time, light, pets and price, and they expect results instantly. You'll work on the search service, ranking, and the listing ingestion pipeline that pulls from landlord feeds. Java, Elasticsearch, Postgres, Kafka, deployed on Kubernetes (EKS). You should have built or tuned search systems before. $170k-$210k plus equity. You'll join a team of five search engineers and a data scientist who runs our ranking experiments. We measure everything by whether renters find a home, not by clicks. Apply at example.com/rowancourt.""",

"""Flintwood Software | Backend Developer (PHP) | Leeds, UK | Hybrid | £45k-£60k
Flintwood builds booking systems for driving schools and instructors. Laravel, MySQL, Redis, Vue on the front. We need a backend developer to work on the booking engine, payments with Stripe and our instructor app API. Friendly team of 7, free parking, cake on Fridays. careers@example.com""",

"""Cardinal Freight Audit | Senior Backend Engineer | Remote (US) | Full-time

Big shippers overpay carriers by millions each year. We audit every freight invoice against contracts and fuel tables, flag the overcharges and recover the money. You'll design the audit rules engine, the invoice ingestion pipeline (PDF, EDI 210, CSV, carrier APIs) and the reporting API. Our backend is C# on .NET 8 with Postgres and Azure Service Bus, running on Azure. You'll have a real say in architecture: we're 8 engineers and the senior folks set the technical direction together. Salary $160k-$195k, bonus, 401k. Experience with document processing or rules engines is a big plus. Fully remote, with quarterly meetups in Columbus. careers@example.com""",

"""Gallowglass Games | Backend Engineer, Live Services | Dublin | Onsite / hybrid
We run the online services for a competitive card game with 1.5M monthly players: matchmaking, player inventory, store, tournaments. You'll build game services in Go and C#, with Redis, Postgres and a lot of load testing before every season launch. Our live ops team and our SRE team handle the launch war room; your part is making the services ready for it. €70k-€95k, relocation. jobs@example.com""",

"""Elmwood Benefits | Backend Engineers | Columbus, OH | Hybrid | $115k-$160k

Elmwood administers health savings and flexible spending accounts for 2,000 employers. We're modernizing a 15-year-old platform one service at a time. Backend engineers here build new services in Java and Spring Boot, write careful data migrations from the old Oracle schema and keep both worlds in sync until we can retire the old one. Hosted on AWS with Docker, Jenkins pipelines that already exist, and plenty of test data. You'll enjoy this if you like untangling legacy systems and seeing a steady, calm plan through. We're 180 people and the engineering team is 30. Our account holders are teachers, nurses and factory workers, and they notice when a reimbursement is late. Apply at example.com/elmwood.""",

"""Cressida | Backend Engineer | Remote (EU) | Full-time
Cressida is a translation management system for game studios: strings, context screenshots, glossaries, and machine translation with human review. We need a backend engineer for the file import/export engine (every game engine has its own format) and the API. Python, Django, Postgres, Celery. Team of 5, very async. €60k-€80k. team@example.com""",

"""Bluestem Ag (YC S19) | Backend Engineer | Omaha, NE or Remote (Central time) | Full-time Bluestem helps grain elevators buy from farmers: contracts, scale tickets, settlements and payments. Our backend handles the numbers that decide what a farmer gets paid for a season's work. You'll build the settlement engine, integrations with elevator scales and accounting systems, and the APIs our farmer app uses. We write Elixir with Postgres, deployed on AWS with Docker, and we've kept our infrastructure simple on purpose. We want someone who takes correctness seriously and who isn't afraid of a phone call with a grain merchandiser. Salary $130k-$165k, equity. Harvest is our peak season and we plan releases around it. jobs@example.com""",

"""Aldergrove Learning | Backend Engineer (Python) | Remote (UK/EU) | £60k-£80k

Aldergrove makes a homework platform for secondary schools in the UK. Teachers set work, students submit it, our marking tools help teachers grade faster. Term time is busy: on the first Monday of September our traffic jumps 30x. You'll work on the assignments service, the marking pipeline and the integrations with school management systems. Python (Django, DRF), Postgres, Redis, Celery, on AWS with autoscaling already in place. You'll also help keep our background jobs fast and our queues short during peak weeks. We offer flexible hours that fit around school runs. Several of us are former teachers. Apply at example.com/aldergrove.""",

"""Hexwright | Senior Backend Engineer | Remote (US/Canada) | Full-time
Hexwright is an API for verifying business identities (KYB): registries, beneficial owners, watchlists. Customers are fintechs and marketplaces. You'll build connectors to company registries around the world and the matching logic that decides if two records are the same company. TypeScript, Node, Postgres, Redis, Temporal. $165k-$205k. careers@example.com""",

"""Oakhurst Telehealth | Backend Engineers | Remote (US) | Full-time | $140k-$185k

Oakhurst runs virtual mental health care for college students. Our backend handles intake, matching students with therapists, scheduling, video sessions and billing to student health plans. We're hiring backend engineers for Care Operations, the team that builds the tools our care coordinators use every hour. Node.js (TypeScript), GraphQL, Postgres, on AWS with Terraform and GitHub Actions. Engineers deploy their own changes many times a day and own the alerts for their services, with a light on-call rotation. Privacy is a big deal here: you'll learn HIPAA and FERPA well. We're 120 people, 30 in engineering. Apply at example.com/oakhurst.""",

"""Marrowbone Fintech | Backend Engineer, Card Issuing | London | Hybrid | £80k-£110k

We issue corporate cards for construction firms, with spend controls per site and per crew. Backend engineers on the Issuing team handle authorisations in real time (we have 800ms to say yes or no), card lifecycle, disputes and the webhooks from our card processor. Kotlin, Postgres, Kafka, gRPC, deployed on Kubernetes in AWS. Experience with card networks or payment processing is a strong plus. We sponsor Skilled Worker visas. We're a team of 14 engineers and we plan in quarterly cycles with clear goals. Our customers are site managers who want to buy timber at 7 a.m. without calling head office, and you'll meet some of them. jobs@example.com""",

"""Winnow (YC W21) | Backend Engineer | SF or Remote (PST) | $160k-$200k + 0.2%-0.5%
Winnow builds an inbox for recruiters that sorts thousands of applications by fit and flags fraud. Backend is Python (FastAPI) and Postgres, with an LLM pipeline for parsing resumes. You'll own the ingestion side: ATS integrations, dedup, parsing, and making it all fast. Tiny team, big customers. founders@example.com""",

"""Haverford Assessments | Backend Engineer | Princeton, NJ | Hybrid

Haverford runs online proctored exams for professional certification bodies: nurses, accountants, electricians. When 20,000 candidates start an exam at 9:00 sharp, the backend cannot blink. You'll work on exam delivery, response storage, scoring and result release. Java, Spring Boot, Postgres, Redis, Kafka, hosted on AWS. Exam days are planned carefully with load tests and a war room staffed by our operations folks; backend engineers build the features and the safeguards (idempotent saves, session recovery). Salary $130k-$170k, bonus. Our candidates have studied for months, so a lost answer is not a small bug; we design for that. Team of 16 engineers. Apply at example.com/haverford.""",

"""Silt & Stone | Backend Engineer (Elixir) | Remote (Americas) | Full-time
We make software for environmental consultants who take soil and water samples on construction sites: chain of custody, lab orders, results, regulatory reports. Elixir, Phoenix, Postgres, Oban. You'll work on lab integrations and the reporting engine. $120k-$150k USD. jobs@example.com""",

"""Lantern Row | Senior Backend Engineer | NYC | Hybrid (Tue/Wed/Thu) | Full-time

Lantern Row is the back office for independent art galleries: inventory, consignments, invoices, shipping and artist payouts. We're hiring a senior backend engineer to lead our accounting integrations and rebuild our invoicing service so it handles multi-currency and partial payments. Ruby on Rails, Postgres, Sidekiq, Redis, hosted on AWS. We have good CI, a modest test suite that you'll help improve, and a habit of writing design docs before big changes. You'll mentor two mid-level engineers. Salary $175k-$200k plus equity and an annual gallery-hopping day. Gallery staff are patient, funny and very specific about invoices. Apply at example.com/lanternrow.""",

"""Sparrowhawk Telematics | Backend Engineers | Dublin, Ireland or Remote (Ireland/UK) | Full-time

Sparrowhawk collects GPS and engine data from 120,000 vans and trucks and turns it into fuel reports, driver safety scores and maintenance alerts for fleet managers. The backend handles 50,000 messages a second from devices that sometimes come back online after three days and dump everything at once. We're hiring backend engineers for the ingestion and analytics teams. Java and Kotlin, Kafka, Cassandra, Postgres, and a lot of time-series thinking. We run on Kubernetes in AWS and use Prometheus and Grafana, and each team carries the pager for its own services. €70k-€100k, strong pension, hybrid with a Dublin office. careers@example.com""",

"""Pomona Labs | Backend Engineer | Los Angeles | Onsite | Full-time Pomona makes an app for community college students to find and apply for scholarships, and to track deadlines. Node.js, TypeScript, Postgres, Redis. You'll build the matching engine and the integrations with scholarship providers. We're 5 people and funded by a mix of grants and revenue. $120k-$150k. jobs@example.com""",
]

BACKEND += [
"""Ostrander Systems | Backend Engineers, Ledger and Payments Core | Remote (US or Canada) | Full-time | $165k-$220k

Ostrander builds core banking software for credit unions that are tired of thirty-year-old mainframe vendors. A credit union with 80,000 members runs its accounts, loans and card programs on us. We're hiring several backend engineers for the ledger and payments core teams. What you'd actually do: model new account and loan products, build the posting engine that applies interest and fees correctly at month end, integrate with the Fed's payment rails and card processors, and write the migration tooling that moves a credit union's history onto our system over a single weekend without losing a cent. Stack: Java 21 and Kotlin, Postgres, Kafka, gRPC, all in containers on AWS. We invest in testing (property-based tests for the ledger, replay tests for conversions) and in calm engineering: design reviews, written decisions, no weekend heroics outside conversion weekends, which are planned months ahead and paid extra. Banking experience is welcome but not required; care with money is. Apply at example.com/ostrander/careers.""",
]

# ---------------------------------------------------------------------------------------------
# other: full-stack engineers
# ---------------------------------------------------------------------------------------------
FULLSTACK = [
"""Marigold Clinics | Full-Stack Engineer | Remote (US) | Full-time | $140k-$180k

Marigold runs a network of primary care clinics for people over 65 on Medicare Advantage. Our engineering team (11 people) builds everything our clinicians touch: the visit notes, the care plans, the scheduling tools, the patient outreach dashboard, and the connections to hospital record systems. As a full-stack engineer you'll take features from a conversation with a nurse practitioner to production. Stack:
- TypeScript everywhere: React on the front, Node and GraphQL on the back
- Postgres
- AWS
We deploy on AWS and have a tidy CI setup with preview environments for every pull request, so you'll see your work running before you merge. We especially want someone who cares about design details for older users (large type, clear language, no surprises). Benefits include fully covered health insurance and a yearly learning budget. Apply at example.com/marigold/jobs.""",

"""Hedgerow (YC W22) - Full Stack Engineers - San Francisco (in person) - $150k-$200k + equity

Hedgerow builds procurement software for restaurant groups: ordering from distributors, invoice matching, price tracking. A chef takes a photo of an invoice and we make sense of it. We're hiring full-stack engineers to build the ordering flow, the invoice review tool and the analytics that show an owner why their food cost jumped 4% last month. Next.js, TypeScript, tRPC, Postgres, with a Python service for OCR and parsing. We ship every day. You should enjoy talking to chefs (loud, busy, honest). We have 140 restaurant groups as customers and grew revenue four times last year. Everything runs on AWS in Docker, and our CI deploys each merge to production in about ten minutes. Email team@example.com.""",

"""Wayfarer Trails | Full-Stack Developer | Boulder, CO | Hybrid | Full-time
Wayfarer sells trip planning software to outdoor guide companies: bookings, waivers, gear lists, guide scheduling. Ruby on Rails and React. We're 20 people and 6 engineers. We're looking for a full-stack developer with 2+ years of Rails who's happy working across the whole app and occasionally on the phone with a rafting company owner. Salary $110k-$140k, plus a yearly guided trip on us. jobs@example.com""",

"""Cinnabar Analytics | Full-Stack Engineer (Python + React) | London or Remote (UK) | £70k-£95k

Cinnabar helps retailers understand their shelves: which products are out of stock, which are mispriced, which sit in the wrong spot. Store staff take photos, our models read them, and head office sees a dashboard. We need a full-stack engineer to build that dashboard and the APIs behind it. You'll work in Python (FastAPI) and React, with Postgres and some BigQuery. Models are run by our ML team, who hand you predictions through a clean API; your job is turning them into something a category manager trusts at a glance. Our apps run on GCP in Cloud Run, deployed by a GitHub Actions pipeline that's been set up for ages. We're a small team and you'll have a lot of say in how the product looks and feels. Apply: example.com/cinnabar""",

"""Tandem Schools | Full-stack engineers (2) | Remote (US/Canada)

Tandem is a family communication app for K-8 schools: messages, translations, permission slips, conferences. Used by 4,000 schools. We're looking for two full-stack engineers to work on the teacher web app and the APIs behind our parent mobile apps. Elixir/Phoenix on the back, React on the front, Postgres, all on AWS. You'll work with a product designer and a PM in a small squad and ship something meaningful every couple of weeks. We value accessibility (many parents use screen readers or older phones) and translation quality (40 languages). Salary $130k-$165k. We're 50 people and fully remote. We also offer a paid week off at winter break. Apply via jobs@example.com.""",

"""Fennel Financial | Full Stack Engineer | NYC | Hybrid 3 days | $160k-$200k
Fennel builds software for independent financial advisors: client onboarding, account opening with custodians, and portfolio reports. We're hiring a full-stack engineer for the onboarding team. TypeScript (React, Node), Postgres, AWS. Prior fintech experience is great but not essential; careful work with forms and documents is. careers@example.com""",

"""Bramblewood Studio | Full-Stack Engineer | Remote (Europe) | Full-time

We're a product studio building our own SaaS products, currently two: an online booking tool for pottery and art classes, and a shift swap app for nurses. We're hiring a full-stack engineer who likes variety. You'll jump between a Laravel/Vue codebase and a Next.js/Supabase codebase, talk to customers, do some design, and help decide what we build next. Small team (5), profit share, €60k-€80k. Both products pay their own way, and the profit share is paid every quarter. We work four days a week, and that's not a perk, it's how the company runs. Write to hello@example.com with a link to something you made that you're proud of.""",

"""Ironbark Compliance | Senior Full-Stack Engineer | Sydney | Hybrid | AUD $170k-$200k + super

Ironbark helps mining and construction companies manage safety compliance: inductions, permits to work, incident reports, audits. Our customers operate in remote sites and our apps need to work when the satellite link is having a bad day. As a senior full-stack engineer, you'll lead features across our React web app, our React Native field app and our Node/TypeScript services on AWS. We use Docker locally, GitHub Actions for CI and Datadog for monitoring, and there's a small infrastructure team who look after the AWS accounts. You'll mentor juniors and help shape our offline-first architecture. Australian working rights required. careers@example.com""",

"""Pollen Social | Full-Stack Engineer | Remote (US time zones) | $120k-$150k Pollen is a volunteer management app for community gardens, food co-ops and animal shelters. Django, htmx, Postgres, Alpine.js. Yes, server-rendered, and we love it. Team of three engineers, bootstrapped, profitable since year two. You'll ship features, answer support tickets once a week and have a real say in the roadmap. We host on a single AWS region with a simple CI setup, and uptime has been boring for years. pollen@example.com""",

"""Greylag Freight Tech | Full-Stack Engineers, all levels | Atlanta, GA or Remote | Full-time

Greylag builds a transportation management system for mid-size shippers: load planning, carrier tendering, dock scheduling, freight audit. We're growing from 14 to 22 engineers this year and hiring full-stack engineers of all levels across three teams. Our code is C#/.NET on the backend and Angular on the front, with SQL Server and Azure. We run weekly releases, solid test automation and a CI pipeline that our DevOps team maintains; product engineers focus on features and customer problems. If you've worked in logistics software before, great; if not, you'll learn what a bill of lading is within a week. Salaries $100k-$185k depending on level. Apply at example.com/greylag.""",

"""Cloudberry Labs | Full-stack engineer | Helsinki | Hybrid
We build analytics for indoor air quality sensors in schools and offices. The sensors are ours, the software is ours, and it's all Finnish-made. You'd work on the web dashboard (Svelte), our API (Python/FastAPI) and the report generator that goes to building managers. TimescaleDB for sensor data. We help with relocation and immigration. €4.5k-€6k/month. rekry@example.com""",

"""Juno Legal Aid Tech | Full-Stack Engineer | Remote (US) | Nonprofit | $115k-$140k

Juno builds free online tools that help people facing eviction understand their rights, fill in court forms and find a lawyer. Last year 180,000 tenants used our tools. We're hiring a full-stack engineer to work on our guided interview engine (a kind of form builder with legal logic), the document assembly service and the partner dashboard legal aid organizations use. TypeScript, React, Node, Postgres, hosted on a managed service so we don't have to think about servers. Our work is grant-funded and stable. We care deeply about plain language and accessibility. Our team of 14 includes three former legal aid lawyers. Email careers@example.com.""",

"""Palisade Events (YC S17) | Full Stack Engineers | Remote (US/Canada) | $150k-$190k
Palisade is ticketing and check-in software for conferences and trade shows. Big days for us are big days for our customers, so reliability of the check-in app matters. Full-stack TypeScript: React, React Native, Node, Postgres, on AWS with Terraform. You'll work on badge printing, lead capture and the organizer dashboard. jobs@example.com""",

"""Larchmont Research | Full-stack engineer | Cambridge, MA | Onsite | Full-time

Larchmont runs clinical research for biotech companies, and we're building our own software for study management because nothing on the market fits. We need a full-stack engineer who can work closely with study coordinators and data managers to build case report forms, query management and site monitoring tools. Python (Django) and React, Postgres, on AWS. The environment is regulated (21 CFR Part 11), so validation and audit trails are part of how we build. A great fit for an engineer who likes careful work with people who appreciate it. $140k-$175k, bonus, excellent benefits. You'll join a team of five engineers. hr@example.com""",

"""Starling Yard | Full-Stack Engineer | Remote (UK) | £55k-£75k
Starling Yard makes a marketplace for used farm machinery. Listings, inspections, financing offers, transport quotes. Rails, Hotwire, Postgres, on Heroku. We're 4 engineers and want a fifth who enjoys the whole stack and isn't afraid of a tractor. Flexible hours. hello@example.com""",

"""Veranda Care | Full-stack engineers (mid/senior) | Chicago or remote (Central +/- 2) | Full-time

Veranda coordinates home care for aging parents: caregivers, shift schedules, medication reminders and family updates. The product has three faces: the family app, the caregiver app and the agency dashboard. We're hiring full-stack engineers to build across them. Our stack is TypeScript with React and React Native, a Node API, Postgres and Redis, running in containers on AWS. We've got CI with good test coverage, on-call that's shared by all engineers (about two pages a month, and we pay for on-call weeks), and a habit of watching real users test new features. Salary $135k-$180k. Apply at example.com/veranda.""",

"""Mistral Works | Full Stack Developer | Lyon, France | Hybride | CDI
Mistral Works développe un logiciel de gestion pour les vignerons... just kidding, we write in English too. We build management software for winemakers: harvest logs, cellar operations, bottling, sales. Symfony and Vue, MySQL, hosted in France. We're a team of 6 and need a full-stack developer comfortable with both PHP and JavaScript. French required for customer calls. €45k-€58k. recrutement@example.com""",

"""Ptarmigan | Full-Stack Engineer, Growth | SF | Hybrid | $155k-$195k + equity

Ptarmigan is a personal finance app that helps couples manage shared expenses without fighting about Venmo. We're 35 people and growing quickly. The Growth team runs experiments on onboarding, referrals and pricing, and builds the tools to measure them. You'll work in Next.js and TypeScript on the web, a Go API, Postgres, and our event pipeline into BigQuery. You should like numbers, fast iterations and being wrong cheaply. We run about 20 experiments a month and share the results, good and bad, with the whole company every Friday. Our couples are mostly 25-40 and very vocal on social media, which keeps us honest. The app runs on Kubernetes in GCP; engineers join a light on-call rotation for the services they own. Apply at example.com/ptarmigan.""",

"""Hartwell Homes | Full-Stack Engineer | Remote (US) | Full-time Hartwell builds software for small custom home builders: estimates, change orders, client selections (tile, paint, fixtures), schedules. Ruby on Rails and React, Postgres, deployed on Render. We're hiring a full-stack engineer to own the selections feature and the client portal. You'll work with two engineers and our founder, who used to build houses. $120k-$150k. careers@example.com""",

"""Alderfly Research (YC W24) | Founding-team Full-Stack Engineer | NYC | In person | $170k-$210k + 0.5%-1.2%

Alderfly is building a research assistant for equity analysts: it reads filings, earnings calls and expert interviews, and builds a living model of a company that updates as news comes in. We're four people (two engineers) and need a strong full-stack engineer to own the analyst workspace: a React app with heavy tables, charts and document views, backed by a Python API, Postgres and a vector store. You'll also touch our LLM pipelines, but the main job is making the product delightful for people who live in Excel. We deploy to AWS with Docker and keep it simple. Email founders@example.com.""",

"""Kingfisher Tutors | Full-Stack Engineer | Remote (India or SE Asia) | Full-time
Kingfisher is a marketplace for one-on-one music lessons online. Students book, pay, join lessons in our own video room and get practice notes after. We need a full-stack engineer across React, Node, Postgres and a bit of WebRTC. Salary competitive with local top-tier startups, paid in USD. jobs@example.com""",

"""Dunmore Grants | Full-stack software engineer | Washington, DC or remote | Full-time

Dunmore builds grant management software for foundations: applications, reviewer scoring, award letters, payments and reports. 400 foundations use us, from tiny family foundations to some big ones. We're hiring a full-stack engineer to join our Applicant Experience team, which owns everything an applicant sees. The app is C# and ASP.NET Core on the back, React on the front, SQL Server, running on Azure with Azure Pipelines for builds. You'll ship features, fix bugs, and help us make the application form builder something program officers love. Salary $115k-$150k, 403(b) with 6% match. Our team is 20 engineers and we release every two weeks. Apply at example.com/dunmore.""",

"""Sable & Finch | Full-stack engineer | Remote (EU), occasional trips to Copenhagen
We make a subscription platform for independent magazines: print subscriptions, gifting, digital editions. Remix, TypeScript, Postgres, Stripe, deployed on Fly.io. Team of 6. Looking for a mid-level or senior full-stack engineer who enjoys checkout flows and beautiful typography in equal measure. €65k-€85k. jobs@example.com""",

"""Rookery Health Data | Full-Stack Engineers | Philadelphia | Hybrid | $130k-$170k

Rookery helps hospital quality teams track and report patient safety measures: infections, falls, readmissions. We pull data from EHRs and let quality nurses review cases and submit reports to regulators. Full-stack engineers on our team build the case review workspace, the measure engine and the submission flows. The stack is Python (Django) and React with Postgres, deployed on AWS in Docker containers. You'll work with clinical informaticists who will teach you the domain. We're especially interested in engineers who enjoy building careful, data-heavy UIs. Our data comes from 60 hospitals and the measure definitions change every year, which keeps things interesting. Apply at example.com/rookery.""",
]

# ---------------------------------------------------------------------------------------------
# other: frontend engineers
# ---------------------------------------------------------------------------------------------
FRONTEND = [
"""Amberline (YC W21) | Senior Frontend Engineer | Remote (US) | $160k-$200k + equity

Amberline is a design tool for packaging: boxes, labels, pouches. Brand teams design in 2D, see it folded in 3D and send it to the printer with the right dielines. The frontend is the product. You'll work on the canvas editor (React, TypeScript, a custom rendering layer over WebGL), the 3D preview (three.js) and the collaboration features. We need someone who has built complex editors or creative tools and obsesses over 60fps interactions and undo stacks. The backend team (Go, Postgres, AWS) will give you whatever APIs you need. Our customers include snack brands, cosmetics companies and a hot sauce maker that ships to 40 countries. Apply at example.com/amberline.""",

"""Gossamer | Frontend Engineer | London | Hybrid | £65k-£85k
Gossamer makes a booking widget for independent cinemas and theatres. Seat maps, memberships, gift vouchers, accessibility options. It runs embedded on 600 venue websites and has to load fast on any phone. TypeScript, Preact, a tiny design system we wrote ourselves. We care about performance budgets and WCAG AA. jobs@example.com""",

"""Tidepool Finance | Frontend Engineers (React) | New York | Hybrid | Full-time

Tidepool builds a treasury management dashboard for startups: cash positions across banks, runway forecasts, automatic sweeps into T-bills. Our customers are CFOs who want numbers they can trust at a glance. We're hiring two frontend engineers to own the dashboard, the forecasting views and our charting library. React, TypeScript, TanStack Query, D3, Storybook and Playwright. You'll work with a product designer who sweats every pixel and a backend team that's happy to reshape APIs for you. We ship behind feature flags and deploy many times a day through a pipeline you won't have to think about. Salary $165k-$200k. Our backend runs on AWS and we keep a close eye on monitoring when month-end numbers load. Apply at example.com/tidepool.""",

"""Wrenhaven | Frontend Engineer (Vue) | Remote (EU) | €55k-€75k Wrenhaven is a website builder for wedding photographers. Galleries, proofing, contracts, booking calendars. The editor is Vue 3 and TypeScript, and it needs love: better drag and drop, faster previews, and a theme system that designers can extend. Team of 8. hello@example.com""",

"""Carrow Maps | Senior Frontend Engineer, Visualization | Remote (US/Canada) | Full-time

Carrow helps insurance underwriters see wildfire, flood and hail risk for every building in a portfolio. The frontend shows millions of points on a map, cross-filtered with charts and tables, and it must stay smooth. We use React, TypeScript, deck.gl, MapLibre and a custom tile service. We're looking for a senior frontend engineer with deep experience in data visualization or mapping, who can profile a slow render and explain it to the rest of us. $170k-$210k, equity. Our SRE team runs the tile infrastructure; you build what people see. We're 35 people, Series B. Our customers are underwriters at 20 carriers. Apply via careers@example.com.""",

"""Lindenbaum | Frontend Developer | Munich | Hybrid | Full-time
We build online configurators for kitchen manufacturers: pick cabinets, fronts, handles and worktops, and see your kitchen in 3D. Angular and three.js. We're hiring a frontend developer with TypeScript experience; 3D is nice but we'll teach you. German B1 or better for team meetings. €60k-€75k. jobs@example.com""",

"""Moonrise Learning | Frontend Engineer | Remote (Americas) | $110k-$145k

Moonrise makes interactive math practice for grades 3-8. Kids drag fraction bars, draw number lines and build area models on screen, and our app checks their thinking step by step. The frontend is most of the magic. You'll build new interactive activities in React and TypeScript, using SVG and canvas, and help keep them accessible for kids with motor or visual impairments. We test on the cheapest Chromebooks we can find. A background in education or game UI is a plus. We're 22 people and used in 900 schools. Our designers are former math teachers, and they will push back if an interaction teaches the wrong idea. Apply at example.com/moonrise.""",

"""Ashgrove Software | UI Engineer | Remote (US) | Full-time
Ashgrove makes laboratory information software for water testing labs. Our old desktop app is becoming a web app and we need a UI engineer to lead the rebuild of sample tracking screens in React. Data-dense tables, keyboard shortcuts, barcode scanner input. $115k-$140k. hr@example.com""",

"""Saltbox Commerce | Frontend Engineers, Storefront | Remote (UK/EU) | £60k-£90k

Saltbox is a headless commerce product for fashion brands. Our storefront kit is what shoppers see: product pages, search, bag, checkout. The frontend team owns the kit, which brands customize with our theming system. We use Next.js, React Server Components, TypeScript and a component library documented in Storybook. You'll care about Core Web Vitals, image performance and accessibility, and you'll help brand developers extend the kit without breaking it. Our CI runs visual regression tests on every pull request and the storefronts deploy to a CDN edge network. We're 60 people in London and Lisbon. Visa sponsorship is available for senior hires. Apply at example.com/saltbox.""",

"""Pinecone Ridge (YC S23) | Design Engineer | SF | In person
We're building a spreadsheet-like tool for lab scientists to plan experiments. We need a design engineer: someone who designs in code, prototypes interactions in React, and builds a component system we'll use for years. Two designers and four engineers. $150k-$185k + equity. hello@example.com""",

"""Harlequin Media | Senior Frontend Engineer | New York | Hybrid | $155k-$185k

Harlequin Media publishes three digital magazines about food, travel and design. Our frontend team builds the reading experience, the recipe tools (scaling, unit conversion, cook mode that keeps the screen on) and the subscription flows. Astro and React islands, TypeScript, a headless CMS. We care about fast pages, good typography and ads that don't wreck the layout. You'll lead the redesign of our recipe pages and mentor a junior engineer. Our readers spend a lot of time with us on Sunday mornings, and they write in when a recipe step is unclear. We're a team of six frontend engineers and two designers, and we ship daily. Pages are built in CI and served from a CDN with uptime monitoring on our busiest pages. Apply at example.com/harlequin.""",

"""Tinderbox Labs | Frontend engineer (contract, 6 months, possible extension) | Remote
We need help building a dashboard for a climate nonprofit: emissions by sector, country comparisons, scenario sliders. React, TypeScript, Observable Plot. Roughly 30 hours a week, $90-$120/hour depending on experience. Send a portfolio of data-heavy work to projects@example.com.""",

"""Quince Health | Frontend Engineer, Patient Experience | Remote (US) | Full-time

Quince is a virtual clinic for chronic conditions like diabetes and hypertension. Patients log readings, message their care team and book visits, mostly from their phones. We're hiring a frontend engineer to own the patient web app: onboarding, the readings timeline, messaging and visit scheduling. React, TypeScript, React Query, Tailwind, with a Node GraphQL backend maintained by our backend team. The app is deployed to AWS through an automated pipeline, and we watch real-user performance closely because many of our patients use older devices. Salary $135k-$170k. We're 70 people and about 20 engineers. Our designers test with patients monthly. Apply at example.com/quince.""",

"""Gannet Studio | Frontend Engineer | Copenhagen | Onsite | Full-time Gannet makes a web-based presentation tool for architects and landscape designers: big images, plans, animations between views. Svelte, TypeScript, WebGL. We want someone with a designer's eye and an engineer's patience for edge cases. Relocation support. DKK 50k-60k/month. job@example.com""",

"""Brackenridge Bank | Frontend Engineers (Angular) | Charlotte, NC | Hybrid | Full-time

Brackenridge is a regional bank rebuilding its online and small business banking from scratch. The digital team works like a startup inside the bank. We're hiring frontend engineers to build the business banking web app: payments, approvals, user permissions, statements. Angular, TypeScript, RxJS, Nx monorepo, Cypress. We have a shared design system and accessibility testing in CI. Candidates must be authorized to work in the US without sponsorship. Salary $120k-$155k plus bonus and pension. You'll join a team of eight engineers working closely with business banking specialists, and you'll get to see how a bank's money flows actually work. We're in the office Tuesday through Thursday. Apply at example.com/brackenridge.""",
]

FULLSTACK += [
"""Coldwater Outfitters Software | Full-Stack Engineer | Bozeman, MT or Remote (Mountain/Pacific) | Full-time | $120k-$155k

Coldwater started as a fly shop that wrote its own booking software, and now 700 outfitters and guide services run on it: trip bookings, guide assignments, licenses, gear rentals and the end-of-season accounting nobody likes. We're a team of 7 engineers and we're hiring a full-stack engineer to help us move from a jQuery front end to React, one screen at a time, while the Rails backend keeps serving customers in the middle of their busiest summer. You'll work with a product manager who used to guide on the Madison River and a designer who is new to fishing and asks great questions. We host on Heroku and keep a simple CI; nobody here wants to run servers. We value steady progress, clear pull requests and being outside on weekends. Apply at example.com/coldwater.""",
]

# ---------------------------------------------------------------------------------------------
# other: mobile engineers
# ---------------------------------------------------------------------------------------------
MOBILE = [
"""Sprig Fitness | Senior iOS Engineer | Remote (US/Canada) | Full-time | $160k-$195k

Sprig is a strength training app for people over 50, with programs designed by physical therapists. Our members follow video workouts, log sets and see progress over months. We're hiring a senior iOS engineer to lead the iOS app: SwiftUI, Combine, HealthKit, AVFoundation for our offline video player, and a Watch companion app we want to make great this year. You'll work with one other iOS engineer, two Android engineers and a backend team that owns the API. We release every two weeks, with automated builds and TestFlight distribution already set up. Accessibility matters a lot to our members, so Dynamic Type and VoiceOver support are part of the definition of done. Our CI runs unit and snapshot tests on every pull request, and crash monitoring tells us within minutes when a release goes wrong. Apply at example.com/sprig.""",

"""Waxwing (YC W23) | Mobile Engineer (React Native) | NYC | In person | $150k-$190k + equity
Waxwing is a social app for book clubs: pick the next book, schedule meetups, discuss chapter by chapter without spoilers. 120k monthly users and growing. We need a mobile engineer to own our React Native app end to end, from the reading progress tracker to push notifications and offline mode. TypeScript, Expo, a GraphQL API. You'll ship weekly and read the app store reviews with us every Monday. We raised a seed round last year and have a year and a half of runway. Our users are mostly book clubs of six to twelve people, and they have very strong opinions about spoiler settings. The API runs on AWS and a teammate handles it; you'll mostly live in the app. founders@example.com""",

"""Rivet Field Service | Android Engineer | Remote (US) | Full-time

Rivet makes a field service app used by HVAC and plumbing technicians: job details, checklists, photos, invoices, and taking payment on site. Techs use rugged Android phones in basements and attics, so offline mode is the product. You'll work in Kotlin with Jetpack Compose, Room, WorkManager and our own sync engine, which you'll help make smarter about conflicts. You'll ride along with a technician in your first month to see how it's really used. Salary $135k-$170k, 401k match, and a tool allowance if you want to learn to fix your own furnace. We're 40 people and 10 engineers. Apply at example.com/rivet.""",

"""Nightjar Audio | iOS Developer | Berlin | Hybrid | €70k-€90k
We make a field recording app for sound designers and musicians: multi-track recording, markers, metadata, export to DAWs. Swift, AVAudioEngine, Core Audio, some C++. If you know the difference between 48kHz and 96kHz and why anyone would care, we'd like to talk. Visa support available. jobs@example.com""",

"""Peregrine Transit | Mobile Engineers (iOS & Android) | Remote (US) | Full-time | $140k-$180k

Peregrine builds ticketing and trip planning apps for public transit agencies. Riders in 30 cities buy fares and see real-time arrivals in our white-label apps. We're hiring one iOS engineer (Swift, SwiftUI) and one Android engineer (Kotlin, Compose) to work on our shared app core: mobile ticketing with secure barcodes and NFC, real-time arrival feeds, and accessibility features like high-contrast modes and screen reader trip guidance. The backend is Java on AWS and is run by another team; our mobile CI builds every flavor of the app for every agency, and you'll help keep it fast. Apply at example.com/peregrine.""",

"""Kite & Key | Flutter Developer | Remote (EU/UK) | Full-time
Kite & Key is a keyless access app for coworking spaces and gyms: unlock doors with your phone, book rooms, invite guests. Flutter on both platforms, Bluetooth Low Energy for the locks, a Go backend. We need a Flutter developer who's comfortable debugging BLE issues on a dozen different Android phones. €55k-€75k. CI builds the app for both stores on every merge, and the backend runs on AWS. hello@example.com""",

"""Cloverleaf Pharmacy | Senior Android Engineer | Chicago | Hybrid | Full-time

Cloverleaf is an online pharmacy that delivers prescriptions the same day in 12 metro areas. Our Android app handles prescription transfers, insurance cards, refill reminders, delivery tracking and chat with pharmacists. We're hiring a senior Android engineer to lead the app's architecture as we move the remaining XML screens to Jetpack Compose and split the app into feature modules. Kotlin, Coroutines, Hilt, Retrofit. You'll also help build our automated UI tests, which run in CI on every pull request alongside the iOS suite. Salary $165k-$195k, equity, full benefits including free prescriptions for employees. Our mobile team is nine engineers. Apply at example.com/cloverleaf.""",

"""Marten Outdoors | Mobile Developer (React Native) | Denver | Hybrid | $115k-$145k
Marten makes an avalanche safety app for backcountry skiers: forecasts, slope angle maps, trip plans shared with friends, and offline maps for when there's no signal. React Native, TypeScript, MapLibre, SQLite. Winter is our busy season and also our testing season. You'll ski for work sometimes. jobs@example.com""",

"""Oriole Money | iOS Engineers | London | Hybrid | £80k-£110k + options Oriole is a savings app for young people that rounds up spending, sets goals and teaches money basics with short lessons. We're FCA authorised and have 400,000 customers. We're hiring iOS engineers to work in squads on onboarding, savings goals and our new investing product. Swift, SwiftUI, modular architecture with Tuist, snapshot tests. We release weekly, automated through CI and a release train that our mobile lead owns. We want engineers who care about polish, privacy and making money less scary. Skilled Worker visa sponsorship available. Our squads are small: four engineers, a designer and a product manager. jobs@example.com""",

"""Tern Health (YC S21) | Mobile Engineer | SF or Remote (US) | Full-time | $150k-$190k

Tern builds an app for people recovering from stroke to do speech and cognitive exercises at home, prescribed by their therapists. Our users often have limited hand movement or difficulty reading, which makes every design decision matter. We're hiring a mobile engineer to build new exercises and improve the app's accessibility. React Native with TypeScript, some native modules in Swift and Kotlin for speech recognition, a Python backend. You'll run usability sessions with patients alongside our designer. We're partnered with four rehabilitation hospitals and our patients complete 5,000 exercise sessions a day. Salary is set by level, and everyone gets equity. Email jobs@example.com.""",

"""Starfruit Games | Mobile Game Programmer | Helsinki | Onsite
Small studio making cozy puzzle games for phones. Unity and C#. You'll build gameplay features, UI and live events for our current game (2M downloads). We ship updates every two weeks. Sauna on Fridays. €4k-€5.5k/month. Builds run in CI and our game servers are hosted on AWS. jobs@example.com""",

"""Bramblecart | Senior Mobile Engineers | Toronto or Remote (Canada) | Full-time

Bramblecart is a grocery delivery app for independent grocers, bakeries and butchers in Canadian cities. We're hiring senior mobile engineers for both the shopper app (React Native) and the picker app that store staff use to pack orders (native Android). You'll work on substitutions in real time, delivery window selection, and a picker flow fast enough for a Saturday morning rush. We use TypeScript, Kotlin, GraphQL, and a Node backend running in Kubernetes on GCP, which our backend and SRE teams look after so mobile engineers can focus on the apps. CAD $140k-$175k plus options. Apply at example.com/bramblecart.""",
]

# ---------------------------------------------------------------------------------------------
# other: data engineers and analysts
# ---------------------------------------------------------------------------------------------
DATA = [
"""Larkfield Retail Analytics | Senior Data Engineer | Remote (US) | Full-time | $165k-$200k

Larkfield gives consumer brands a single view of how their products sell across retailers: point-of-sale data from grocery chains, e-commerce marketplaces and distributors, cleaned, matched and modeled. As a senior data engineer you'll build the pipelines that ingest hundreds of retailer feeds (CSV over SFTP, EDI 852, APIs), map products across retailers, and publish tidy tables our analysts and customers query. Tools:
* Python, dbt, Airflow
* Snowflake, plus Spark for the heavy jobs
* AWS
Our pipelines run in Docker on Kubernetes and the orchestration is managed for us by a small infrastructure team. You'll set data quality checks and alerting on the tables you own. Apply at example.com/larkfield.""",

"""Crestwood Health Plan | Data Engineer | Portland, OR | Hybrid | $130k-$160k
Crestwood is a nonprofit health plan with 300,000 members. Our data team builds the warehouse that powers care management, quality reporting and finance. You'll write pipelines that bring in claims, pharmacy, lab and enrollment data, model it in dbt on Snowflake, and help analysts answer questions like which members are at risk of a hospital stay. SQL expert, comfortable in Python. Healthcare data experience helps. Pipelines run in Docker on Azure and are tested in CI before they reach the warehouse. careers@example.com""",

"""Mapleleaf Mobility | Data Engineer, Streaming | Montreal | Hybrid | Full-time

Mapleleaf runs e-bike and scooter sharing in eight cities. Every vehicle reports location, battery and lock state every few seconds, and the operations team needs to know right now which bikes need a battery swap. You'll build and own our streaming pipelines with Kafka and Flink, the feature tables our rebalancing models read from, and the data products our city partners receive. Java and Python, Kafka, Flink, ClickHouse, S3, running on Kubernetes. You'll also help us clean up the batch side (Airflow, dbt, BigQuery). French is an asset, not a requirement. CAD $115k-$150k. Our data team is five people. Apply at example.com/mapleleaf.""",

"""Quayside Insights | Analytics Engineer | London | Hybrid | £60k-£80k
Quayside is a marketplace for holiday cottages in the UK. We're hiring our second analytics engineer to own the dbt project, build the metrics layer for bookings and owner payouts, and make our Looker dashboards something people trust. BigQuery, dbt, Looker, Fivetran. You'll work with finance, marketing and product. jobs@example.com""",

"""Fathom Oceanic (YC W20) | Data Engineer | Seattle or Remote (PST) | $150k-$185k + equity

Fathom tracks fishing vessels and ocean conditions to help seafood buyers prove where their fish came from. We merge satellite vessel positions, port records, catch documents and ocean sensor data into a traceability graph. You'll build the ingestion and entity resolution pipelines (which vessel is this, really?), maintain our geospatial data lake and publish datasets to customers. Python, Polars, DuckDB, Dagster, Postgres with PostGIS, on AWS. We like engineers who write tests for their data, not just their code. We're 20 people, and several of us have spent time on fishing boats or in seafood processing plants. Our customers include three of the largest seafood importers in North America. Email jobs@example.com.""",

"""Brindle Bank | Data Engineers | Columbus, OH | Hybrid | Full-time

Brindle is a digital bank for small businesses. Our data team supports risk, finance, marketing and regulatory reporting. We're hiring data engineers to build and maintain pipelines from our core banking system, card processor and CRM into our lakehouse (Databricks on AWS), model the data for analysts, and build the regulatory reports we file every quarter. Python, PySpark, SQL, Delta Lake, Airflow, Terraform for our data infrastructure configs, and GitLab CI for pipeline tests. Banking or regulatory reporting experience is a strong plus. Salary $130k-$170k plus bonus. Our data team is 15 people. The office is downtown with free parking. Apply at example.com/brindle.""",

"""Corncrake Data | Data Analyst | Remote (US) | $90k-$115k Corncrake helps agricultural co-ops analyze member data: yields, input purchases, grain deliveries. We need a data analyst who writes clean SQL, builds dashboards in Metabase, and can explain a trend to a board of farmers in plain words. Python is a plus. jobs@example.com""",

"""Palomar Media | Senior Data Engineer | Los Angeles | Hybrid | $160k-$195k

Palomar is a streaming service for classic films and TV. Our data engineering team handles viewing events, subscriptions, content metadata and the rights windows that decide what we can show where. You'll own the event pipeline (Kinesis, Spark, Iceberg on S3), the subscription data models and the datasets that feed our recommendation models. You'll work closely with data scientists and the finance team. Our jobs are scheduled in Airflow and run on EMR and EKS, with monitoring on pipeline freshness and volume anomalies that you'll help improve. We have 1.8 million subscribers. We're hybrid with an office in Culver City. Apply at example.com/palomar.""",

"""Stillwater Research | Data Engineer (contract-to-hire) | Remote (US/Canada)
Stillwater is a polling and public opinion research firm. We need a data engineer to build pipelines for survey responses, weighting jobs and panel management. Python, R, Postgres, dbt. You'll work alongside statisticians who know exactly what they want. $75-$95/hour. jobs@example.com""",

"""Heronsgate Energy | Data Engineer | Edinburgh | Hybrid | £55k-£75k

Heronsgate operates battery storage sites across the UK and trades their power on the electricity markets. Our data engineers build the pipelines that pull market prices, grid signals and battery telemetry every few seconds, and the historical datasets our traders and quants use to build strategies. Python, TimescaleDB, Kafka, dbt, and a bit of Rust for the fast bits. We run on AWS with infrastructure defined in Terraform by our cloud team, and you'll build CI checks for the data code you write. Energy market knowledge is a bonus; rigor with timestamps and time zones is a must. Apply at example.com/heronsgate.""",

"""Kinglet | Data Engineer | Amsterdam | Hybrid | €65k-€85k
Kinglet runs a marketplace for secondhand children's clothes. We're hiring our first dedicated data engineer to build a proper warehouse from our Postgres, app events and payment data. You'll pick the tools (we're thinking BigQuery, dbt, Dagster) and set the foundations for analytics and our pricing models. Our app runs on Kubernetes in GCP, so you'll have Docker and CI to build on. jobs@example.com""",

"""Dorado Logistics | Data Engineering Lead | Miami, FL | Hybrid | $175k-$210k

Dorado is a freight forwarder for Latin America trade lanes, and we've decided our data is our advantage. We need a data engineering lead to build our data team from one person to five. You'll design the warehouse (Snowflake), pipelines from our TMS, customs brokers, carriers and accounting system, and the models behind our pricing and margin dashboards. You'll hire and mentor data engineers and work closely with our CFO and head of operations. Spanish is very helpful. We use Fivetran, dbt, Airflow on AWS and Power BI. This is a chance to build a data function from the ground up in a growing company. Apply at example.com/dorado.""",

"""Fernbrook Schools Network | Data Analyst, Student Outcomes | Remote (US) | Nonprofit
We're a network of 14 charter schools. You'll build reports on attendance, assessments and college enrollment that principals actually use, and support research with our university partners. SQL, Tableau, some Python or R. Salary $75k-$95k, generous PTO. careers@example.com""",

"""Glasswing Commerce | Senior Data Engineer | Remote (EU) | Full-time

Glasswing is a Shopify app that helps brands run loyalty and referral programs. 30,000 merchants, 200 million shopper events a month. We're hiring a senior data engineer to rebuild our analytics pipeline: today it's a pile of cron jobs, tomorrow it should be streaming events into ClickHouse with clean, documented models for our merchant-facing dashboards. You'll choose the architecture, write most of the first version and teach the team how to work with it. Our stack is TypeScript and Python, Kafka, ClickHouse and Postgres, with everything running in Kubernetes on GCP. You'll own alerting on data freshness for the merchant dashboards. €75k-€95k. Apply at example.com/glasswing.""",

"""Buckthorn Sports Analytics | Data Engineer | Boston | Onsite | Full-time
We supply tracking and event data to professional soccer and basketball teams. Our data engineers turn raw optical tracking (25 frames per second, 22 players and a ball) into clean event streams and metrics. Python, Spark, Postgres, Parquet on S3. Sports fans welcome, statisticians welcome, sports statistician fans very welcome. $120k-$150k. jobs@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: machine learning engineers and researchers
# ---------------------------------------------------------------------------------------------
ML = [
"""Sagebrush AI | Machine Learning Engineer, Document Understanding | Remote (US) | Full-time | $170k-$215k

Sagebrush reads mortgage files for lenders: a loan package is 400 to 1,500 pages of pay stubs, bank statements, appraisals and tax forms, and our models classify every page and pull out the fields an underwriter needs. We're hiring an ML engineer to improve our extraction models and the evaluation harness around them. You'll fine-tune layout-aware transformer models, build labeled datasets with our annotation team, run careful error analysis, and ship model updates through our training pipeline. PyTorch, Hugging Face, Python, Postgres, with training jobs on GPUs in AWS. Our inference services run in Kubernetes and are monitored for drift and latency, but the infrastructure is handled by another team: your focus is model quality. Experience with OCR or document AI is a strong plus. Apply at example.com/sagebrush.""",

"""Halfmoon Bio (YC S22) | ML Scientist, Protein Design | South San Francisco | Onsite | $180k-$230k + equity Halfmoon designs enzymes for industrial chemistry with generative models. We're hiring an ML scientist to develop and train protein language and structure models, design experiments with our wet lab team and close the loop between predictions and measured activity. PyTorch, JAX welcome, a shared GPU cluster. PhD or equivalent research experience in ML or computational biology. You'll see your designs tested in the lab within weeks. We're 25 people, half in the lab and half at keyboards, and we've raised a Series A from science-focused investors. Benefits include full health coverage and a generous conference budget. jobs@example.com""",

"""Coppice Labs | Applied ML Engineer (Recommendations) | London | Hybrid | £90k-£120k

Coppice builds a grocery app that plans your week's meals around what you like, what's on offer and what's already in your fridge. Recommendations are the heart of the product. As an applied ML engineer you'll own the ranking models for recipes and products: feature pipelines, training, offline evaluation, A/B tests and serving. We use Python, LightGBM, PyTorch for two-tower retrieval, BigQuery and Feast, and serve models from a small Python service on GKE. You'll work with a product manager and a data scientist who runs experiment analysis. Experience shipping recommender systems to real users is the main thing we look for. Visa sponsorship available. Apply at example.com/coppice.""",

"""Ridgeback Robotics | Perception Engineer | Pittsburgh | Onsite | Full-time

Ridgeback builds autonomous tractors for orchards. The trees are close together, GPS is spotty under the canopy and there are people and ladders everywhere during harvest. Our perception engineers build the models that detect trunks, people, bins and obstacles from cameras and lidar, and turn them into a map the planner can trust. C++ and Python, PyTorch, ROS 2, TensorRT on the vehicle computer. You'll collect data in real orchards in Washington and California each season, label edge cases and run evaluations on logged drives. We're looking for people with 3+ years in perception or sensor fusion. Salary $165k-$210k, equity, relocation. careers@example.com""",

"""Nimbus Voice | Speech Recognition Engineer | Remote (EU/UK) | Full-time
Nimbus makes transcription for medical dictation in European languages. We're hiring a speech recognition engineer to adapt our ASR models to new languages and specialties (radiology Dutch is its own language). You'll curate training data with clinical linguists, fine-tune Conformer and Whisper-style models, measure word error rate on the terms that matter, and work with our backend team to deploy improved models. PyTorch, Python, a GPU cluster we share with research. €80k-€110k. We're 30 people with customers in eight countries, and our models already write about a million clinical reports a month. Four-day week available after six months. jobs@example.com""",

"""Thresher Analytics | Data Scientist, Pricing | Chicago | Hybrid | $140k-$175k

Thresher sets prices for used heavy equipment auctions: excavators, loaders, combines. Sellers want to know what their machine will fetch and buyers want to know if a bid is fair. As a data scientist on the pricing team you'll build and maintain our valuation models, explain them to auctioneers and appraisers, and run experiments on reserve prices and auction timing. Python, scikit-learn, XGBoost, SQL on Snowflake. You'll partner with a data engineer who owns the pipelines and an ML engineer who serves the models behind our API. Economics, statistics or auction theory background is a plus. Models are retrained monthly in Docker containers on AWS, with monitoring that flags when valuations drift. Apply at example.com/thresher.""",

"""Larkspur Legal AI (YC W24) | LLM Engineer | NYC | In person | $180k-$230k + 0.3%-0.8%

We're building an assistant that drafts first versions of commercial lease agreements and redlines counterparty changes, used by real estate law firms. We're hiring an LLM engineer to own our generation pipeline: retrieval over clause libraries, prompt and fine-tuning strategies, structured output, and most importantly an evaluation suite that lawyers trust. Python, PyTorch, open and hosted models, Postgres with pgvector. You'll sit next to our in-house attorney and learn why "commercially reasonable efforts" is a minefield. Our app runs on AWS and we deploy often; your job is the quality of the drafts. Email founders@example.com.""",

"""Grebe Health | Machine Learning Engineer, Imaging | Boston | Hybrid | Full-time
Grebe builds software that flags urgent findings on CT scans so radiologists read them first. We're hiring an ML engineer to train and validate detection models for new findings, work with our regulatory team on FDA submissions and improve our data curation pipeline. PyTorch, MONAI, Python, DICOM. Medical imaging experience strongly preferred. $165k-$200k. careers@example.com""",

"""Wagtail Commerce | Senior ML Engineer, Search Ranking | Remote (US/Canada) | $185k-$225k

Wagtail runs an online marketplace for handmade pet supplies, with 3 million listings and a search bar that has to understand "cozy bed for anxious greyhound". We're hiring a senior ML engineer to lead search relevance: query understanding, learning-to-rank models, embeddings for semantic retrieval, and an offline evaluation setup that predicts online results. Python, PyTorch, OpenSearch, Spark, Airflow. You'll work with two ML engineers and the search backend team, who run the serving cluster on Kubernetes; our SRE team helps with capacity before the holiday peak, and you focus on making results better. We're 90 people, profitable. Apply at example.com/wagtail.""",

"""Foxtail Climate | Research Scientist, Weather ML | Boulder, CO or Remote | Full-time

Foxtail builds high-resolution weather forecasts for wind and solar farms, using machine learning on top of physics models. We're hiring a research scientist to develop deep learning models for short-term forecasting of wind speed and cloud cover, trained on decades of reanalysis data and our own sensor network. You'll read papers, try ideas quickly, publish when it makes sense, and work with engineers to put the best models into production. Python, JAX or PyTorch, xarray, a large GPU allocation. PhD in atmospheric science, ML or a related field, or equivalent experience. $160k-$210k. Our forecasts are used by operators of 40 gigawatts of wind and solar capacity. Training runs in containers on a cloud GPU cluster, and forecasts are served from AWS to customers every fifteen minutes. jobs@example.com""",

"""Pipit Labs | ML Engineer (Fraud) | Remote (UK/EU) | £85k-£110k
Pipit provides fraud detection for online marketplaces. Our models score every signup, listing and payment in real time. You'll build features from behavioral and network data, train gradient boosted and graph models, and monitor their performance as fraudsters adapt. Python, XGBoost, PyTorch Geometric, Kafka, Redis feature store. Everything runs on Kubernetes in AWS, and you'll set up monitoring and alerts on model quality as part of shipping a model. jobs@example.com""",

"""Osprey Vision | Computer Vision Engineer | Vancouver, BC | Hybrid | Full-time Osprey counts and measures fish at hatcheries and fish farms with underwater cameras, so farmers know how their stock is growing without netting a single fish. We're hiring a computer vision engineer to improve our detection, tracking and size estimation models, which run on small edge devices in murky water. You'll collect and label data at sites on the BC coast, train models in PyTorch, optimize them for ARM devices with ONNX and TensorRT, and validate against hand measurements. CAD $120k-$160k. Some travel by boat. We're 15 people. Our devices run at 40 farms in three countries. Apply at example.com/osprey.""",

"""Sandpiper AI | ML Product Engineer | SF | Hybrid | $175k-$215k

Sandpiper builds an AI note-taker for sales calls that writes the CRM update for you. We're hiring an ML product engineer who sits between research and product: you'll design the LLM pipelines that turn a transcript into structured CRM fields, build evaluations with our customers' real (consented) data, tune prompts and small fine-tuned models, and ship features like automatic follow-up drafts. Python and TypeScript, hosted LLM APIs plus our own fine-tuned models, Postgres. You should love shipping and measuring more than publishing. Our customers are sales teams of 20 to 2,000 people, and they notice immediately when a summary misses a deal's next step. We're 25 people and just raised a Series A. Email team@example.com.""",

"""Wheatear Insurance | Senior Data Scientist, Claims | Des Moines, IA | Hybrid
Wheatear is a farm and auto insurer. We're hiring a senior data scientist to build models that triage claims, detect likely fraud and predict severity early, and to work with claims leaders to put them into daily use. Python, SQL, scikit-learn, some survival analysis. Insurance experience preferred. $145k-$175k, bonus, pension. careers@example.com""",

"""Gannetry (YC S23) | Founding ML Engineer, Speech | Remote (US/EU overlap) | $160k-$200k + 0.5%-1%

Gannetry builds real-time voice translation for customer support calls, so an agent in Manila can help a customer in São Paulo in their own language. We're hiring an ML engineer to work on the speech pipeline: streaming ASR, translation with low latency, and natural-sounding TTS, chained together under 800ms. You'll train and distill models in PyTorch, run latency benchmarks, and collaborate with our two backend engineers who build the call infrastructure around your models. Experience with streaming speech models is the key requirement. We're six people and our first customers are live. Our pilots span four languages. jobs@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: security engineers
# ---------------------------------------------------------------------------------------------
SECURITY = [
"""Halberd Health | Security Engineer | Remote (US) | Full-time | $160k-$195k

Halberd builds software for home health agencies, so we hold a lot of patient data and we take that seriously. We're hiring our second security engineer to work across product and corporate security. What you'll do:
- run our vulnerability management program
- review designs and code for security issues
- lead our SOC 2 and HIPAA evidence work
- improve detection rules in the SIEM
- respond when something looks wrong
Our product runs on AWS (EKS, RDS, S3) with Terraform, and you'll review IAM policies, network rules and secrets handling with the teams who own them. Good communication matters as much as technical depth: you'll teach secure coding to 40 engineers. Apply at example.com/halberd.""",

"""Palisade Crypto Custody | Application Security Engineer | NYC or Remote (US) | $180k-$230k
We hold digital assets for institutions. Application security is existential here. You'll threat model new features, review Rust and TypeScript code, run our bug bounty program, build security tests into CI and work with our cryptography team on key ceremony tooling. Experience with secure code review and offensive testing required. security-jobs@example.com""",

"""Wyvern Labs | Security Engineer, Detection & Response | London | Hybrid | £80k-£105k

Wyvern is a payroll and HR product used by 8,000 UK employers. Our security team is small (four people) and we're hiring someone to own detection and response: building detections for our cloud, identity and endpoint logs, tuning alerts so they mean something, writing runbooks, and leading investigations when something fires. You'll use our SIEM, AWS CloudTrail and GuardDuty, Okta logs and our EDR tool, and you'll write Python to automate the boring parts. There's an on-call rotation for security incidents, shared by the four of us. We sponsor Skilled Worker visas. We're 200 people in total. Apply at example.com/wyvern.""",

"""Chough Security (YC W21) | Security Researcher | Remote (global) | Full-time
We build a scanner that finds vulnerable open-source dependencies and checks whether your code actually reaches the vulnerable function. We're hiring a security researcher to analyze new vulnerabilities, write reachability rules for Java, Python and JavaScript ecosystems, and publish research. Reverse engineering skills, strong program analysis background, and clear writing. $150k-$200k. research@example.com""",

"""Kittiwake Bank | Cloud Security Engineer | Charlotte, NC | Hybrid | Full-time

Kittiwake is a mid-size bank moving workloads to Azure. We're hiring a cloud security engineer to define guardrails and policies for that move: Azure Policy, identity and access design, key management, network segmentation, and security baselines for new subscriptions. You'll review architectures with application teams, run posture management tooling, and work with our auditors and regulators. Experience with cloud security in a regulated industry required; Azure certifications a plus. Salary $150k-$185k plus bonus. Must be authorized to work in the US. The cloud program runs for three years and you'll help shape it from year one. Apply at example.com/kittiwake.""",

"""Scrubjay | Product Security Engineer | SF | Hybrid | $175k-$215k + equity

Scrubjay builds collaboration software for law firms: matter workspaces, document sharing with clients, e-signatures. Our customers' confidentiality obligations are strict and their security questionnaires are long. As a product security engineer you'll do design reviews, threat modeling and code review with our product teams, build security features (SSO, customer-managed keys, audit logs), and help our sales team answer the hard questions. You'll also run our annual penetration test and track remediation. Go, TypeScript, React, Postgres on GCP. We're a team of 30 engineers and you'll work with the infrastructure and SRE folks on hardening, but your focus is the product. Email security@example.com.""",

"""Mergansers Security Consulting | Penetration Tester | Remote (US) | Full-time We do penetration tests, red team engagements and code reviews for SaaS companies, banks and hospitals. You'll lead web, API and cloud tests, write reports that developers can act on, and present findings to client leadership. OSCP or equivalent experience expected. Travel about 10%. $120k-$160k plus utilization bonus. careers@example.com""",

"""Avocet Identity | Senior Security Engineer, Cryptography | Remote (EU) | €95k-€125k

Avocet provides digital identity wallets that citizens use to prove their age, license or residency online, under the new EU identity regulation. We're hiring a senior security engineer with a cryptography focus: you'll implement and review protocols (selective disclosure credentials, device binding, secure element integration), work with external auditors and certification labs, and help our mobile and backend teams use cryptographic libraries correctly. Rust, Kotlin, Swift. Strong applied crypto background required; published work or open-source contributions welcome. We're 45 people in Brussels, Tallinn and Vienna, and our wallet is already used by two national governments in pilots. Salary depends on location and experience. Apply at example.com/avocet.""",

"""Limpkin Software | IT Security Analyst | Tampa, FL | Onsite | $85k-$105k
Limpkin is a 200-person software company. You'll manage our security tools (EDR, email security, MDM), handle phishing reports, run access reviews, support audits and train staff. Great first security role for someone coming from IT or help desk who wants to specialize. Security+ or similar certification preferred. hr@example.com""",

"""Curlew Fintech | Security Engineer, Governance and Compliance | Remote (US) | Full-time | $140k-$170k

Curlew offers small business loans and a card product, which means PCI DSS, SOC 2, state lending exams and partner bank audits, often at the same time. We're hiring a security engineer focused on governance, risk and compliance who can also automate. You'll own our control framework, collect evidence automatically from AWS, GitHub, Okta and our HR system, run risk assessments and vendor reviews, and make audits boring. Scripting in Python and familiarity with cloud configurations will help; you won't be building the product, but you'll make sure it can be trusted. Apply at example.com/curlew.""",
]

# ---------------------------------------------------------------------------------------------
# other: cloud engineers and architects at consultancies and managed service providers
# ---------------------------------------------------------------------------------------------
CLOUD = [
"""Northwind Cloud Partners | Cloud Engineer (client projects) | Remote (US) | Full-time | $120k-$150k

Northwind is a 60-person AWS consulting partner. Our clients are mid-size companies moving out of their own data centers: manufacturers, regional hospitals, insurance firms. As a cloud engineer you'll join project teams that assess a client's servers and applications, plan the migration waves, move workloads to AWS (mostly lift-and-shift with some re-platforming to RDS and containers), and hand over documentation and training at the end. You'll write Terraform and CloudFormation for client landing zones and run migration tooling like AWS Application Migration Service. Expect two or three client projects a year, lots of variety and some travel (about 15%). AWS Associate certification required within 90 days, and we pay for the Professional ones. Apply at example.com/northwind.""",

"""Stratus Bridge Consulting | Azure Cloud Architect | Toronto or Remote (Canada) | Full-time
We help Canadian public sector and nonprofit clients design and move to Azure. As a cloud architect you'll lead discovery workshops, write target architectures and cost estimates, guide our engineers through delivery, and present to client executives. You'll own two to four engagements at a time. Azure Solutions Architect Expert certification preferred, French an asset. CAD $150k-$180k plus bonus. careers@example.com""",

"""Ironwood Managed Services | Cloud Support Engineer | Phoenix, AZ | Hybrid | Full-time

Ironwood is a managed service provider for about 150 small and mid-size businesses: dental groups, law firms, property managers, a few local manufacturers. More and more of them run on Microsoft 365 and Azure, and our cloud team looks after those environments for them. You'll handle client tickets, set up new Azure tenants and virtual machines, manage backups and patching, configure conditional access and licensing, and help clients move file servers to SharePoint. You'll work from our ticket queue with clear service levels and escalate to senior engineers when needed. Great for someone with a help desk or sysadmin background who wants to grow into cloud. $65k-$85k plus certification bonuses. Apply at example.com/ironwood.""",

"""Cumulo Consulting | Senior Cloud Consultant, GCP | London | Hybrid | £85k-£110k

Cumulo is a Google Cloud partner working with retailers and media companies. Our consultants lead client engagements: we run cloud readiness assessments, design landing zones, migrate data warehouses to BigQuery and applications to GKE or Cloud Run, and coach client teams so they can carry on without us. You'll be the technical lead on engagements of 3-6 months, write statements of work with our account managers, and mentor junior consultants. Terraform, GKE, networking and IAM experience required; client-facing experience essential. Google Professional Cloud Architect certification within six months. Some travel within the UK and Europe. We're 45 consultants. careers@example.com""",

"""Altocumulus IT | AWS Solutions Architect (pre-sales) | Remote (US) | $150k-$185k + commission
We're an AWS reseller and consultancy. You'll work with our sales team to understand customer needs, design proposed architectures, estimate costs, and write proposals for migrations and modernization projects. After the deal is signed you hand over to our delivery engineers and stay on as an advisor. Strong AWS breadth, great presentation skills. AWS Solutions Architect Professional required. jobs@example.com""",

"""Bluecap Cloud Services | Cloud Migration Engineer | Dublin | Hybrid | €60k-€80k

Bluecap is an Irish consultancy helping public bodies, universities and SMEs move to the cloud. As a migration engineer you'll work on client projects: inventory and assess their existing servers and apps, move virtual machines and databases to Azure or AWS, test cutovers in maintenance windows, and write the runbooks clients use afterwards. You'll use Terraform, Azure Migrate, AWS DMS and a lot of PowerShell. Our projects usually last three to nine months, and you'll work on one or two at a time alongside a project manager and an architect. Cloud certifications are paid for and rewarded. Apply at example.com/bluecap.""",

"""Nephele Partners | Cloud Cost Consultant (FinOps) | Remote (US/Canada) | Full-time Nephele helps companies cut their cloud bills. You'll analyze client spend on AWS, Azure and GCP, find waste (idle resources, oversized instances, missed savings plans), build cost reports by team, and present recommendations to engineering and finance leaders. Strong spreadsheet and SQL skills, knowledge of cloud pricing models, client-facing confidence. $110k-$145k plus bonus. careers@example.com""",

"""Cirrus & Co | Cloud Engineer (Microsoft) | Manchester | Hybrid | £45k-£60k

Cirrus & Co is a Microsoft partner supporting schools, charities and small businesses in the north of England. Our cloud engineers plan and deliver projects for clients: moving email and files to Microsoft 365, setting up Intune device management, building small Azure environments for line-of-business apps, and setting up backup and disaster recovery for client servers. You'll also handle escalated support tickets from our helpdesk. We're looking for someone with 2+ years in an IT support or infrastructure role and an appetite to learn. AZ-104 or MS-102 certification (or willingness to get one) expected. Company car or travel allowance for site visits. Apply at example.com/cirrus.""",

"""Skyward Digital Consulting | Lead Cloud Architect | Melbourne or Sydney | Hybrid | AUD $200k-$240k + super
Skyward is a consultancy delivering cloud transformation programs for banks, insurers and government agencies. You'll lead architecture on large migration programs: current state assessment, target state design on AWS, migration strategy for hundreds of applications, and governance with client architecture boards. You'll lead a team of cloud engineers from our delivery practice. 10+ years in infrastructure, 5+ in cloud, client leadership experience. Australian citizenship required for some government clients. You'll also help grow our cloud practice through thought leadership, pre-sales support and hiring. We run a strong internal community of practice and fund certifications and conference travel for every consultant. careers@example.com""",

"""Mistral Managed Cloud | Cloud Operations Engineer, Customer Environments | Remote (EU) | €50k-€65k

Mistral Managed Cloud runs AWS and Azure environments on behalf of about 80 European customers who don't want their own cloud team. Our cloud operations engineers handle customer requests (new environments, access changes, firewall rules, certificate renewals), keep backups and patching on schedule, review monthly cost reports with customers, and join quarterly service reviews. We use Terraform for customer environments and a ticketing system with contracted response times. You'll be one of 12 engineers serving customers in four countries; English required, German or French a plus. Our customers are mostly logistics and manufacturing firms. Apply at example.com/mistralcloud.""",
]

# ---------------------------------------------------------------------------------------------
# other: infrastructure-flavoured product jobs (the product itself is a database, engine, etc.)
# ---------------------------------------------------------------------------------------------
INFRA_PRODUCT = [
"""Basalt DB (YC W22) | Distributed Systems Engineer | SF or Remote (US) | $190k-$250k + equity

Basalt is a distributed SQL database built for multi-region applications: strongly consistent reads in every region without the write latency you'd expect. Our customers run it as a managed service or in their own clouds. We're hiring distributed systems engineers to work on the core: the replication protocol (a Raft variant with leaseholder placement), the transaction layer, and the storage engine underneath. You'll write Rust, design with TLA+ where it pays off, and build deterministic simulation tests that break things on purpose. Experience with consensus, MVCC or storage engines is what we're after; database internals knowledge beats any particular language. The team is 14 engineers, mostly ex-database people, and we publish our design docs. Our managed service runs on Kubernetes across AWS and GCP, and database engineers join a follow-the-sun on-call rotation for the engine they build. Apply at example.com/basalt.""",

"""Kestrel Markets | Performance Engineer, Matching Engine | Chicago | Onsite | $250k-$400k total comp

Kestrel operates an electronic exchange for energy futures. Our matching engine handles every order and every trade, and microseconds matter to our participants. We're hiring a performance engineer to make it faster and more predictable: profile hot paths, remove allocations, tune data structures for cache behavior, work with kernel bypass networking and measure tail latency obsessively. C++20, Linux, a lot of perf, flame graphs and custom benchmarks. You'll also review changes from the rest of the engine team for latency impact. This is product engineering on the exchange itself, not tooling. Strong C++ and systems background required; finance experience is not. careers@example.com""",

"""Lumen Pay | Backend Engineer, Payments Infrastructure | Remote (US/Canada) | Full-time | $170k-$215k

Lumen Pay is a payments API for software companies that want to let their customers accept card and bank payments. The payments infrastructure team builds the heart of that product: the routing layer that picks a processor for each transaction, the tokenization vault, retries and idempotency, and the ledger that records every cent. You'll design APIs our customers build on, handle processor integrations and make sure a network blip never charges someone twice. Go and Postgres, Kafka, deployed on Kubernetes in AWS. It says infrastructure in the team name because other teams build on our services, but what you build is the product our customers pay for. Apply at example.com/lumenpay.""",

"""Tephra Streaming | Storage Engineer | Remote (EU) | Full-time | €90k-€130k
Tephra builds an open-source streaming log (think Kafka-compatible, built on object storage). We're hiring a storage engineer to work on the tiered storage layer: segment formats, compaction, caching and making reads from S3 fast. Rust, io_uring, lots of benchmarks. Open-source contributions to storage or database projects are the best introduction. jobs@example.com""",

"""Drumlin | Compiler Engineer | Boston or Remote (US) | $180k-$230k + equity

Drumlin is a query engine that runs analytical SQL over data lakes at interactive speed. We're hiring a compiler engineer to work on our query compiler: turning logical plans into vectorized code, adding JIT compilation for expressions with LLVM, and improving the optimizer's cost model. You'll write C++ and Rust, read papers, and test against TPC-H and real customer queries. Experience with compilers, query engines or vectorized execution required. We're 25 people, Series A, with customers in retail and gaming. We publish our benchmarks and their methodology. Remote teammates visit Boston quarterly. Our benchmark suite runs in CI on every merge, on dedicated AWS machines. Apply at example.com/drumlin.""",

"""Cairn Networks | Software Engineer, Edge Proxy | Remote (US/EU) | Full-time

Cairn is a content delivery and edge security company for mid-size e-commerce sites. Our edge proxy handles every request our customers get, at hundreds of thousands of requests per second per node. We're hiring a software engineer to work on the proxy itself: HTTP/3 support, request routing rules, caching logic, the WAF rule engine and the config language customers use. Rust and a bit of C, tokio, QUIC, lots of fuzzing and load testing. You'll work on the product our customers buy; a separate operations team runs the global fleet. Salary $170k-$220k or €100k-€135k depending on location. careers@example.com""",

"""Vireo Observability | Backend Engineer, Query Engine | NYC or Remote (US) | $175k-$220k Vireo sells an observability product: customers send us logs, metrics and traces, and query them in our UI. We're hiring a backend engineer for the query engine team. You'll build the query language features customers ask for, optimize execution over our columnar store, and make sure one customer's enormous query doesn't slow down everyone else. Go and Rust, a custom columnar format on object storage, ClickHouse for some workloads. You'll build features for engineers who use our product to watch their own systems; running our own production is a separate team's job. We're 80 people, Series B. Apply at example.com/vireo.""",

"""Shale Systems | Kernel & Virtualization Engineer | Seattle | Hybrid | Full-time
Shale builds a lightweight virtual machine monitor used by serverless and sandbox companies as an embedded product. We're hiring an engineer to work on the VMM: virtio devices, snapshot and restore, memory ballooning, and boot time (we count in milliseconds). Rust, KVM, Linux kernel internals. $190k-$240k plus equity. jobs@example.com""",

"""Gritstone Trading | Low-Latency Software Engineer | London | Onsite | £120k-£180k + bonus

Gritstone is a proprietary trading firm in European equity and fixed income markets. Our engineers build the trading systems: market data handlers, order gateways, the strategy framework and risk checks that run before every order. We're hiring a low-latency software engineer to build and optimize exchange connectivity and our market data stack. Modern C++, Linux, FPGAs for a few pieces (you don't need to write HDL), careful measurement. You'll work alongside traders and quants and see your code trade the day it ships. We are a small firm of 70 people, so your work is visible. Apply at example.com/gritstone.""",

"""Ferrule Labs (YC S21) | Software Engineer, Sync Engine | SF | Hybrid | $170k-$210k + equity

Ferrule is a local-first database for app developers: it syncs data between devices and the cloud, handles offline edits, and merges conflicts with CRDTs. Developers embed our SDK and our hosted sync service does the rest. We're hiring a software engineer for the sync engine: replication protocol, CRDT implementations, storage on the client (SQLite) and server (Postgres), and performance on large documents. TypeScript and Rust. Our hosted service runs on Kubernetes with Terraform and decent monitoring, but your work is the engine our customers embed. About 800 apps use our SDK today. Email founders@example.com.""",

"""Talus Systems | Distributed Storage Engineer | Remote (US) | Full-time
Talus builds an S3-compatible object storage product that enterprises run on their own hardware. We need engineers to work on erasure coding, rebalancing, metadata scaling and the background repair processes that keep data safe when disks die. Go and some C. Experience with storage systems or distributed databases required. $170k-$215k. careers@example.com""",

"""Ridgeway Exchange Tech | Backend Engineer, Ledger Infrastructure | NYC | Hybrid | $180k-$230k

Ridgeway builds clearing and settlement software for new trading venues in prediction markets and tokenized securities. The ledger team builds the system of record for every position and cash balance: a double-entry ledger service with strict ordering, end-of-day settlement runs, and APIs that other internal teams and our customers build on. Kotlin, Postgres, Kafka, event sourcing. The hard parts are correctness under concurrency, auditability and migrating balances without downtime. Our infrastructure team runs the Kubernetes clusters; you build the ledger. Experience in financial systems strongly preferred. We're 40 people and well funded. Hybrid, three days a week. Apply at example.com/ridgeway.""",

"""Quillon Search | Search Engine Engineer | Remote (Europe) | €85k-€120k

Quillon is an embeddable search engine that developers ship inside their own apps: typo tolerance, faceting, vector search and ranking rules, all in one binary. We're hiring an engineer to work on the engine core: indexing performance, the inverted index and HNSW layers, memory use on small machines and relevance features our users request on GitHub. Rust, lots of benchmarks, a friendly open-source community. Most of our revenue comes from the hosted version, which another team runs; you work on the engine everyone uses. We're 20 people and fully remote. Salaries are public inside the company. Apply at example.com/quillon.""",

"""Carbonado | Performance Engineer, Game Engine | Montreal | Onsite | Full-time
Carbonado is a studio building its own engine for a large open-world game. We're hiring a performance engineer to find and fix CPU and GPU bottlenecks across PC and consoles: profile frames, rework the job system, optimize streaming and memory layouts, and build automated performance tests that catch regressions in our nightly builds. C++, PIX, RenderDoc, console tooling. Relocation and immigration support. careers@example.com""",

"""Flume Data | Software Engineer, Connectors | Remote (US/Canada) | $150k-$190k

Flume is a data integration product: customers connect sources (Postgres, Salesforce, Stripe and 200 others) and we replicate them into their warehouse with change data capture. We're hiring a software engineer to build and harden connectors: logical replication from Postgres and MySQL, schema change handling, backfills that don't melt the source database, and exactly-once delivery into Snowflake and BigQuery. Java and Go, Kafka, Debezium internals. You'll work on the product customers pay for; our infrastructure team runs the fleet in Kubernetes. We're a team of 60 and growing, with customers in retail, fintech and healthcare. Experience with database replication internals is very welcome. Apply at example.com/flume.""",
]

# ---------------------------------------------------------------------------------------------
# other: system administrators and IT
# ---------------------------------------------------------------------------------------------
SYSADMIN = [
"""Penrose Architects | IT Administrator | Chicago | Onsite | Full-time | $70k-$90k

Penrose is an architecture firm of 120 people across two offices. We're hiring an IT administrator to look after everything our staff use to do their work: laptops and big workstations for 3D rendering, Microsoft 365, our file servers and backups, printers and plotters, the office network, and the conference room gear that always breaks five minutes before a client meeting. You'll onboard and offboard staff, manage devices with Intune, keep software licenses (Autodesk, Adobe, Bluebeam) in order, and work with our outside IT partner on bigger projects. A calm, friendly manner is as important as technical skill. Apply at example.com/penrose.""",

"""Hollis County Schools | Systems Administrator | Hollis, VA | Onsite Our district of 11 schools needs a systems administrator to manage Windows servers, Active Directory, Google Workspace for Education, 6,000 Chromebooks, backups and our student information system. You'll work with a network technician and three technicians in the schools. State pension, summers a little calmer. Salary $62k-$78k. careers@example.com""",

"""Fernleaf Research Institute | Linux Systems Administrator, Research Computing | Madison, WI | Hybrid

Fernleaf is a nonprofit genomics research institute with 40 labs. Our research computing team runs a 3,000-core HPC cluster, a petabyte of storage and the scientific software our researchers depend on. As a Linux systems administrator you'll maintain cluster nodes (Rocky Linux, Slurm), manage storage and backups, install and update scientific packages with Spack and conda, handle user accounts and quotas, and help researchers get their jobs running. You'll use Ansible for configuration and write Bash and Python scripts. No pager: the cluster is important but not life-or-death, and we staff it during working hours. Salary $85k-$110k, university-style benefits. Apply at example.com/fernleaf.""",

"""Brightmoor Law | IT Support Specialist | Detroit | Onsite | $50k-$62k
Law firm of 60 people. You'll handle help desk tickets, set up laptops and phones, manage our document management system users, support attorneys in court (remote access, hearings on video) and keep our backups checked. Friendly people skills and patience with busy lawyers required. CompTIA A+ a plus. jobs@example.com""",

"""Cobble Hill Manufacturing | Systems Administrator | Erie, PA | Onsite | Full-time

Cobble Hill makes precision machined parts for medical devices. We have one plant, 300 employees and a two-person IT team. As systems administrator you'll maintain our Windows servers and VMware hosts, the ERP system's database server, Active Directory and group policy, backups and disaster recovery tests, and the network and firewalls with help from a local partner. You'll also support the shop floor: label printers, barcode scanners, and the PCs connected to CNC machines. FDA and ISO audit requirements mean good documentation is part of the job. Salary $75k-$92k, profit sharing. Day shift, with rare weekend work. Apply at example.com/cobblehill.""",

"""Greenhaven Clinics | IT Systems Administrator | Sacramento, CA | Hybrid
Greenhaven runs 9 community health clinics. You'll manage our Microsoft 365 and Entra ID tenant, Intune device policies, the EHR integrations with lab and imaging partners, phone system and badge access, and HIPAA security tasks like access reviews and encrypted backups. Two days a week at clinics, three remote. $80k-$98k. careers@example.com""",

"""Kingsbridge College | Unix Systems Administrator | Oxford, UK | Onsite | £42k-£50k

Kingsbridge College's IT office looks after email, the student records system, the library catalogue, web servers, and a small virtualisation cluster for departmental services. We're hiring a Unix systems administrator to run our Linux servers (Debian and RHEL), patch and harden them, manage certificates and DNS, maintain backup jobs to tape and cloud, and support academic staff who need a server for a research project. You'll use Puppet for configuration and write shell and Python scripts. Generous holiday, university pension scheme and free lunch in hall. You'll join a friendly team of six in the IT office. Apply at example.com/kingsbridge.""",

"""Sugarloaf Hotels | IT Manager (3 properties) | Asheville, NC | Onsite | $75k-$95k
We're a small hotel group with three mountain properties. You'll own IT for all three: property management system, point of sale in restaurants, guest wifi, staff devices, cameras, key card systems, and vendor relationships. Lots of driving between properties, a lot of variety, and a great staff rate on rooms. hr@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: network engineers
# ---------------------------------------------------------------------------------------------
NETWORK = [
"""Prairie Fiber Co-op | Network Engineer | Sioux Falls, SD | Onsite | Full-time | $85k-$110k

Prairie Fiber is a member-owned cooperative bringing fiber internet to 40,000 rural homes and farms. Our network team designs and runs the network that connects them: GPON access, a metro ring between our central offices, BGP peering with two upstream providers, and our DNS and DHCP services. As a network engineer you'll configure Juniper and Nokia gear, plan capacity for new build areas, troubleshoot customer outages with our field techs, and keep our IP address management and documentation tidy. CCNP, JNCIP or equivalent experience preferred. Occasional after-hours maintenance windows, paid. We're proud of it. Apply at example.com/prairiefiber.""",

"""Windrow Logistics | Network Administrator | Memphis, TN | Onsite | $70k-$88k
Windrow runs four distribution centers. You'll manage the wired and wireless networks that our scanners, conveyors and warehouse systems depend on: Cisco switches, Meraki wireless, SD-WAN between sites, firewalls and VPNs. You'll work closely with warehouse operations during peak season. CCNA required. careers@example.com""",

"""Harbourline Telecom | Senior Network Engineer, Core | Halifax, NS | Hybrid | Full-time

Harbourline is a regional carrier serving businesses and ISPs across Atlantic Canada. Our core network team runs MPLS, IS-IS and BGP across 60 routers, plus DWDM on the backbone between provinces. As a senior network engineer you'll design core upgrades, run maintenance windows, handle escalated troubleshooting, review changes from the team and help automate configuration with Ansible and Python. Strong routing knowledge at the service provider level is required. CAD $110k-$135k, pension, and a truly great view of the harbour. You'll join a team of eight. Relocation assistance is available for the right candidate. Apply at example.com/harbourline.""",

"""Calloway Medical Center | Network Engineer | Lexington, KY | Onsite Our hospital campus has 4,000 wired devices, 2,500 access points and a growing number of connected medical devices that need their own secured segments. You'll design and maintain the campus network (Aruba, Palo Alto), handle network access control, and support biomed engineering when new equipment arrives. $85k-$105k, on-call one week per month for network outages. careers@example.com""",

"""Saltire Events | Event Network Engineer | Glasgow / travel across the UK | £40k-£52k

Saltire builds temporary networks for festivals, conferences and sporting events: fiber runs across fields, wireless for 50,000 phones, point-of-sale for every bar and ticket scanners at every gate. You'll plan the network for each event, build and test kit in our warehouse, install on site and run the network during the event. Cisco, Ubiquiti and Mikrotik gear, lots of cable. A driving license is required and you'll spend a lot of summer outdoors. Winters are quieter and spent on kit, training and planning next season. Overtime is paid and festival tickets are a perk. Apply at example.com/saltire.""",
]

# ---------------------------------------------------------------------------------------------
# other: QA and test engineers
# ---------------------------------------------------------------------------------------------
QA = [
"""Gladehouse Software | QA Automation Engineer | Remote (US) | Full-time | $110k-$140k

Gladehouse makes scheduling and billing software for behavioral therapy clinics. We're hiring a QA automation engineer to build out our end-to-end test suite in Playwright, write API tests for our billing services, and help engineers design tests as they build. You'll run our test suites in CI on every pull request, triage flaky tests, and own the release checklist for our biweekly releases. Experience with TypeScript test frameworks and a habit of thinking about what could go wrong are the key things. Healthcare billing knowledge is a plus. We're a team of 14 engineers and you'd be the second QA engineer. Apply at example.com/gladehouse.""",

"""Pennywhistle Games | QA Tester (contract, 6 months) | Austin, TX | Onsite | $22-$28/hour
Help us test our upcoming farming sim before launch on PC and Switch. You'll play a lot, break things, write clear bug reports in Jira and retest fixes. Previous game testing experience helpful. jobs@example.com""",

"""Hawksmoor Medical Devices | Software Test Engineer | Minneapolis | Onsite | Full-time

Hawksmoor makes infusion pumps. Our software test engineers write and run verification tests for pump firmware and the hospital-side software that configures drug libraries. You'll design test protocols from requirements, automate them in Python with our hardware test rigs, run formal verification cycles and document results for FDA submissions. This work is careful by nature and we give it the time it needs. Experience in a regulated environment (IEC 62304) is preferred. Salary $95k-$125k, excellent benefits. You'll work with firmware developers, systems engineers and clinical specialists, and you'll learn more about hospital workflows than you expected. careers@example.com""",

"""Stoneleigh Bank | Senior QA Engineer, Mobile | Remote (UK) | £60k-£75k
We're rebuilding our mobile banking app and need a senior QA engineer to lead testing across iOS and Android. You'll build automated UI tests (Appium, XCUITest, Espresso), plan regression testing for releases and coach developers on testing. Our DevOps team maintains the device farm and pipeline; you decide what it runs and why. jobs@example.com""",

"""Underhill Analytics | SDET | Pune, India | Hybrid | Full-time

Underhill builds analytics software for pharmaceutical sales teams. We're hiring a software development engineer in test to strengthen quality across our data pipelines and web application. You'll write automated tests in Java and Python, build data validation checks for our ETL jobs, maintain our Selenium and REST Assured suites, and improve how tests run in our Jenkins pipelines. You'll work closely with developers in India and the US. INR 18-28 LPA. Our customers are pharmaceutical companies in 15 countries, and our releases go out monthly. Our Pune office is in Baner and the team is 40 people, with flexible hours for US overlap. Apply at example.com/underhill.""",
]

# ---------------------------------------------------------------------------------------------
# other: founding engineers and CTOs
# ---------------------------------------------------------------------------------------------
FOUNDING = [
"""Greenlet (YC W25) | Founding Engineer | SF | In person | $160k-$200k + 1%-2.5% equity

Greenlet is building back-office software for independent veterinary clinics that want to stay independent: inventory, ordering, price comparisons across distributors and automatic reorders. We're two founders (a former vet practice manager and an engineer who built procurement tools at a big marketplace) with 14 paying clinics and a waiting list. We want our first engineering hire to build the product with us: the ordering app, distributor integrations, invoice parsing and whatever customers need next week. TypeScript, Next.js, Postgres, Python for parsing, hosted on a managed service for now. You'll talk to customers every week, set up how we build software, and help hire the next five engineers. We'll move to AWS when we need to, probably with Terraform, and you'll help choose. Email founders@example.com with something you've built.""",

"""Baywing | Founding Engineer (#1) | NYC | Onsite 4 days | $150k-$185k + 1.5%-3%
We're building a compliance assistant for small investment advisers: it reads their marketing, emails and trades, and flags what a regulator would. Pre-seed, $2.5M raised, 6 design partners. You'll own the technical side with the CTO: product, data model, LLM pipelines, security basics. Python, React, Postgres. Experience building B2B products from zero is what matters most. team@example.com""",

"""Ashfall Robotics | Founding Software Engineer | Oakland, CA | Onsite | Full-time

Ashfall is building robots that sort construction and demolition waste so more of it can be recycled. We have a working prototype at a recycling yard in Oakland and a pilot customer in Sacramento. We're hiring our first software engineer to work alongside our two founders (a roboticist and a mechanical engineer). You'll write the software that connects vision, picking and the conveyor controls, the operator interface on the sorting line, and the cloud dashboard that shows yard owners what we recovered. Python and C++, ROS 2, a little React. You'll spend real time at the yard in steel-toed boots. $160k-$190k plus significant equity. jobs@example.com""",

"""Mudlark Health | CTO / Technical Co-founder | Remote (UK) | Equity-heavy, modest salary Mudlark is an early-stage company helping NHS GP practices handle their phone and online requests with a smart triage inbox. We have a clinical co-founder (a practising GP), a commercial co-founder, a prototype built with a freelancer and three practices ready to pilot. We're looking for a technical co-founder to take over: choose the stack, rebuild the prototype into a product that can pass NHS assurance (DCB0129, DSPT, penetration testing), hire the first two engineers and own everything technical. We can pay £60k now and offer 15%-20% equity. You should have built and shipped a product from scratch before; healthcare experience is welcome. Write to founders@example.com.""",

"""Clearwing (YC S24) | Founding Engineer, Full-Stack | Remote (US) | $150k-$190k + 0.8%-2%
Clearwing automates property tax appeals for homeowners. We find overassessed homes, build the evidence and file the appeal; we get paid a share of the savings. Three founders, one engineer so far, growing revenue. You'll build the appeal pipeline, comparable sales engine and customer portal. Python, Django, React, Postgres. We deploy with a couple of clicks on a managed host and don't plan to hire a DevOps person for a long time, so simple choices win. Homeowners saved $3M on their tax bills through us last year. We work from a shared space in Austin once a month and remotely otherwise. founders@example.com""",

"""Kelp Systems | First Engineer | Lisbon | Hybrid | €70k-€90k + equity

Kelp is building software for seaweed farms: site planning, seeding and harvest logs, water quality readings from buoys, and traceability for buyers. It's a small but quickly growing industry and nobody has built proper tools for it. We're two founders (a marine biologist and a former product manager) with a grant, a pre-seed round and four farms in Portugal and Norway testing our prototype. As our first engineer you'll build the mobile app for farm crews, the web dashboard and the sensor data pipeline. Flutter and Supabase today; we're open to your opinions. You'll visit farms, which are beautiful and sometimes cold. Apply at example.com/kelp.""",

"""Sandcastle Analytics | Head of Engineering (first engineering leader) | Austin, TX | Hybrid | $200k-$240k + equity

Sandcastle sells demand forecasting to regional grocery chains. We've grown to $3M in revenue with a team of five engineers who report to the CEO, and it's time for a proper engineering leader. You'll lead and grow the team to twelve, set the technical direction, run planning with product, and stay hands-on for the first year. Our stack is Python and SQL for forecasting, a React app, Postgres and Snowflake, on AWS. You should have led a team through this kind of growth before and still enjoy code review. Apply at example.com/sandcastle.""",

"""Loosestrife | Founding Engineer (ML-leaning) | NYC or SF | In person | $170k-$210k + 1%-2%
We're building an AI assistant that helps clinical trial sites find eligible patients from their own records. Seed-funded by healthcare investors, with two hospital pilots starting next quarter. First engineer after the technical co-founder. You'll build retrieval and extraction pipelines over clinical notes, evaluation with clinician reviewers, and the site-facing app. Python, PyTorch, TypeScript, Postgres. founders@example.com""",

"""Pondweed | Founding Engineer | Remote (EU time zones) | €80k-€100k + 1%-3%

Pondweed is a tool for small accounting firms to collect documents from their clients: receipts, bank statements, payslips, tax forms. Clients snap photos or forward emails, we sort and name everything and chase what's missing. We have 60 paying firms after nine months, two founders and one part-time contractor. We're hiring a founding engineer to take the product from prototype to something firms can rely on during tax season. You'll work across a Rails backend, a React front end and a small React Native app, choose what to keep and what to rewrite, and help us decide what to build next by talking to accountants weekly. The app runs on a small AWS setup with Docker and a CI pipeline we'd like to keep simple. Email hello@example.com.""",

"""Harefield Labs | Technical Co-founder / CTO | Boston | Onsite
Harefield is building diagnostic software for small animal ultrasound: it guides a general-practice vet through a scan and flags findings. The clinical and business founders have a signed distribution partner and pre-seed funding. We need a CTO to build the first product (imaging, ML models, a tablet app) and the team. Meaningful founder equity and a salary from day one. founders@example.com""",
]

# ---------------------------------------------------------------------------------------------
# other: non-technical jobs (sales, marketing, design, product, operations, support)
# ---------------------------------------------------------------------------------------------
NONTECH = [
"""Quillmark (YC W19) | Account Executive, Mid-Market | NYC or Remote (US East) | $90k base, $180k OTE

Quillmark sells contract analysis software to in-house legal teams. We're hiring our fourth account executive to own the full sales cycle with mid-market companies (200-2,000 employees): discovery calls with general counsels, demos, security reviews, negotiation and close. You'll work with a sales engineer and our founders on larger deals. We're looking for 3+ years of B2B SaaS closing experience, ideally selling to legal, finance or compliance buyers. Our deals average $40k a year and close in about 60 days. Clear commission plan, no caps. You'll have a BDR supporting you. Apply at example.com/quillmark/sales.""",

"""Parcelwise | Operations Associate, Returns Network | Chicago | Onsite | $55k-$68k
Parcelwise handles returns for online brands. You'll coordinate with our warehouse partners, track exceptions (damaged, missing, wrong item), fix problems with carriers and keep our brands informed. Spreadsheets, phone calls and a bias to solve things today. Great entry into logistics. jobs@example.com""",

"""Tallgrass Health | Product Designer | Remote (US) | Full-time | $130k-$160k

Tallgrass supports people doing dialysis at home in rural areas. We're hiring a product designer to own the experience of our patient app and the nurse dashboard. You'll run research with patients (many of whom are over 60 and managing several conditions), design flows in Figma, build and maintain our design system with our engineers, and test with real users before anything ships. We want someone who has designed for health or for users with accessibility needs, and who writes interface copy as carefully as they draw screens. Please include a portfolio with at least one case study that shows your research process. Apply at example.com/tallgrass/design.""",

"""Hedgerow (YC W22) | Customer Success Manager | SF or Remote (US) | $85k-$105k + bonus Restaurants use Hedgerow to order from distributors and check invoices. You'll onboard new restaurant groups, train chefs and managers, spot accounts at risk and bring what you hear back to product. Restaurant industry experience is a big plus; we've hired former sous chefs and general managers for this job before. team@example.com""",

"""Fernhollow | Product Manager, Tenant Experience | Berlin | Hybrid | €80k-€100k

Fernhollow makes energy management software for apartment buildings. Our tenant app shows residents their heating and electricity use, lets them adjust settings and tells them when solar power is cheap. We're hiring a product manager to own that app and its roadmap. You'll talk to tenants and property managers, work with a team of four engineers and a designer, define what we build and why, and measure whether it worked. Experience with consumer apps and German language skills (many of our tenants don't speak English) are important. Visa support available. You'll report to our head of product. Apply at example.com/fernhollow/pm.""",

"""Pebblecraft | Content Marketing Manager | Remote (US) | $95k-$120k
Pebblecraft makes interactive science lessons for teachers. You'll run our blog, newsletter and teacher community, write lesson spotlights, commission guest posts from teachers, and grow our organic signups. Former teachers who write well are especially welcome. Apply: example.com/pebblecraft/marketing""",

"""Stonebridge Freight | Carrier Sales Representative | Dallas, TX | Onsite | $50k base + commission

Stonebridge is a digital freight broker. Carrier sales reps find trucks for our customers' loads: you'll call and message carriers, negotiate rates, build relationships with small trucking companies and solve problems when a truck breaks down in West Texas. Our software handles most of the paperwork so you can focus on people. Many of our best reps started with no freight experience, just grit and a good phone voice. Uncapped commission, quarterly team trips, full benefits after 30 days. The office has a gym and a taco truck on Thursdays. Promotions are fast. Apply at example.com/stonebridge/sales.""",

"""Oxbow Labs | Technical Writer | NYC or Remote | Full-time | $105k-$130k
Oxbow makes building code checking software for structural engineers. We need a technical writer to document our rule engine and user workflows, write release notes and help our support team build a knowledge base. An engineering or architecture background is a big advantage. careers@example.com""",

"""Marigold Clinics | Care Operations Manager | Phoenix, AZ | Onsite | $85k-$100k

Marigold runs primary care clinics for older adults. We're hiring a care operations manager for our three Phoenix clinics. You'll manage front desk and care coordination staff, improve scheduling and referral workflows, track patient satisfaction and access metrics, and work with our product team to shape the tools your staff use. We'd love someone with experience running clinic operations who's comfortable with data and change. Spanish is a big plus. You'll report to our regional director and work closely with our medical director, and you'll have a real voice in how we open our next four clinics. Apply at example.com/marigold/ops.""",

"""Sundial Studio | Developer Advocate | Remote (US/EU) | $140k-$175k
Sundial sells calendar and scheduling APIs to developers. You'll write tutorials and sample apps, speak at meetups, answer questions in our community, and bring developer feedback to the product team. You should be able to build a small app with our API in an afternoon and explain it in a blog post the next day. jobs@example.com""",

"""Wrenfield | Talent Partner (Technical Recruiter) | Remote (US) | $110k-$140k

Wrenfield is a benefits product for hourly workers, and we're growing our engineering team from 12 to 25 this year. We're hiring a talent partner to run technical hiring end to end: work with hiring managers on what each role needs, source candidates, run the process, close offers and keep our candidate experience kind and quick. This year you'll hire for backend, frontend, mobile and data roles, plus an SRE or two; you don't need to be an engineer, but you do need to be curious about what engineers do. You'll report to our COO. Apply at example.com/wrenfield/talent.""",

"""Kestrel Bio | Lab Operations Coordinator | South San Francisco | Onsite | $70k-$85k
Keep our automated lab running: order reagents and consumables, track inventory, schedule instrument maintenance, handle shipping of samples and help scientists prepare runs. A biology degree or lab experience is helpful. No coding needed. jobs@example.com""",

"""Gantry Works | Sales Development Representative | Denver, CO | Hybrid | $60k base + $25k variable

Gantry Works sells project management software to construction contractors. As an SDR you'll research contractors in your territory, call and email them, book meetings for our account executives, and learn the construction business from the ground up. We'll train you on the product and the industry. Great first sales job for someone who likes talking to people who build things; we've promoted four SDRs to account executive in the last two years. Base plus variable, with full benefits and a hybrid schedule. You'll get a structured ramp-up. Apply at example.com/gantry/sdr.""",

"""Slate & Signal | Customer Support Specialist | Remote (US/Canada) | $55k-$65k Help local newsrooms get the most out of our publishing software. You'll answer tickets and calls, write help articles, reproduce bugs for engineering and run training sessions for new newspapers. Newsroom experience is a plus. news@example.com""",

"""Copperleaf Home | Supply Chain Manager | Salt Lake City, UT | Onsite | $105k-$130k

Copperleaf sells smart irrigation controllers. We're hiring a supply chain manager to own everything between our contract manufacturer and our customers: demand forecasts, purchase orders, component shortages, freight, our 3PL warehouse and retail distribution to two big-box chains. You'll work with our hardware engineers when a part goes end-of-life and with finance on inventory planning. Experience with consumer electronics supply chains and a good relationship with spreadsheets are important. You'll lead a team of two and report to our COO. We ship 60,000 units a year through two retailers and our own web store, and the team is small enough that your decisions matter from day one. Apply at example.com/copperleaf/ops.""",

"""Amberline | Senior Brand Designer | Remote (US) | $130k-$155k
Amberline is a packaging design tool. You'll own our brand: website, campaigns, event booths, product launch visuals and the illustrations in our product. Strong typography and motion skills; packaging or print experience a bonus (you'll be designing for designers). Portfolio required. careers@example.com""",

"""Threadline (YC W20) | Head of Partnerships | NYC | Hybrid | $150k-$180k + equity

Threadline sends certified mail and legal notices through an API. We're hiring a head of partnerships to build our channel: integrations with law practice management systems, loan servicing software and property management tools, and reseller deals with print and mail providers. You'll find partners, negotiate agreements, launch joint offerings with our engineering team and grow partner revenue. You'll report to the CEO. 5+ years in partnerships or business development at a B2B software company required. You'll start with a list of 40 potential partners and two that are already asking to work with us. founders@example.com""",

"""Larkspur Learning | Tutor Community Manager | Remote (US) | $65k-$80k
Larkspur runs live online reading tutoring. You'll recruit, onboard and support our 400 part-time tutors: run orientation sessions, answer questions, organize training, recognize great work and handle the hard conversations when needed. Former teachers and tutors welcome. people@example.com""",

"""Kettle & Coil | Product Marketing Manager | Melbourne | Hybrid | AUD $120k-$140k + super

Kettle & Coil makes booking and membership software for gyms and climbing walls. We're hiring a product marketing manager to tell the story of what we build: positioning, launch plans, website and sales materials, customer case studies and competitive research. You'll work with product managers on launches and with our sales team on what wins deals. Experience in B2B SaaS marketing, ideally for small business customers, and excellent writing required. Climbers get bonus points but no extra pay. Our customers are mostly owner-operators. We're 80 people and growing. Apply at example.com/kettlecoil/marketing.""",

"""Bluestem Ag | Customer Onboarding Specialist | Omaha, NE | Hybrid | $60k-$75k + travel
Help grain elevators switch to Bluestem. You'll gather their contracts and customer lists, set up their accounts, train their staff and be there (often in person) for their first harvest on our system. Ag background strongly preferred. Travel about 30% in the Midwest. jobs@example.com""",
]

# ---------------------------------------------------------------------------------------------
# role posts: the job is described, never named. Seeds (in /work/shared/seeds/):
# ---------------------------------------------------------------------------------------------
S0 = "000_608c6a155848bb83.txt"  # short definitions of the three roles
S1 = "001_69312753909430de.txt"  # a practitioner's view: deploy control, production health, infra development
S2 = "002_52a3198634c927c1.txt"  # cloud infrastructure building vs streamlining delivery
S3 = "003_ab77b37c5e4f6b43.txt"  # code to production (assembly line) vs keeping it running (mechanic)
S4 = "004_bbf8ee97ca22c282.txt"  # infrastructure platform vs automated delivery, shared tools

# devops: the path from commit to production, CI/CD, release, bridging development and operations
DEVOPS = [
("""Cobblestone Pay | Release Engineer | Remote (US) | Full-time | $150k-$185k

Our 40 engineers merge about 120 pull requests a day, and today a release still needs a person to click through four screens and a checklist. We want someone to make that go away. You'll own the path from a merged commit to code running for customers:
- build and test stages in GitHub Actions
- container images and their registry
- promotion from staging to production
- automatic rollback when a release misbehaves
You won't write our payments logic; your product is the delivery process, and the engineers are your customers. Terraform and Docker experience required, Kubernetes deploy tooling (Argo CD or Flux) a plus. Apply at example.com/cobblestone.""", S1),

("""Tern Logistics - Build & Release Engineer - Hamburg (hybrid) - €70k-€90k
Our developers and our operations people sit on different floors and, until recently, in different worlds. Releases happened monthly with a long handover document. We're hiring an engineer to bring the two groups together around shared automation: one pipeline that builds, tests and ships every service, environments described as code, and release notes generated instead of written by hand. Jenkins today, GitLab CI tomorrow, Ansible and Terraform throughout. You'll run workshops as much as you write YAML. jobs@example.com""", S2),

("""Marlowe Health | Infrastructure Engineer, Delivery | Boston or Remote | Full-time

Think of this job as running the assembly line. Developers hand over source code; you make sure it gets built, tested, packaged and deployed to production without anyone having to babysit it. Today our build takes 35 minutes and deploys go out twice a week. We'd like builds under ten minutes and deploys whenever a change is ready. You'll work with every product team, remove manual steps, add the test stages they're missing and own our pipeline tooling (CircleCI, Docker, Helm). Great fit for a mid-level engineer who likes helping other engineers more than chasing production alerts. $135k-$165k. careers@example.com""", S3),

("""Shoalwater | Automation Engineer (CI/CD) | Remote (EU) | Full-time
We're a 25-person SaaS team that ships a scheduling product for ferry operators. We need someone to automate how our software is developed, tested and deployed: move our hand-built servers into containers, describe infrastructure with Terraform, and build CI/CD so a developer's change reaches customers the same day. We care about agility more than ceremony. €60k-€80k. Right now a release means an engineer on a video call reading commands out loud; we'd like it to mean a merge. hello@example.com""", S0),

("""Glenmore Games | Release and Deployment Engineer | Edinburgh | Hybrid | £65k-£85k

Glenmore runs the online services for three live games. Patch day used to mean a 14-hour call. We want deploys to be boring. You'll work with our server developers and our operations team to streamline how backend changes move from a developer's branch to players: a shared pipeline, automated tests against staging, Kubernetes manifests generated from templates, and a release process both teams understand. You'll also keep our build agents and artifact storage in shape. Docker, Kubernetes, GitHub Actions and Terraform are our tools. You don't need to be an expert in all of them, but you should enjoy making delivery smoother for others. Apply at example.com/glenmore.""", S4),

("""Pickerel Finance (YC S20) | Infrastructure Engineer | SF | Hybrid | $170k-$210k + equity We want our developers to have full control over shipping their own code. Right now two people hold the production keys, and everyone else waits for them. Your job is to replace that with a self-serve path: push to main, checks run, a preview deploys, and a single approval puts the new version live. We use GitOps with Argo CD, GitHub Actions, Terraform and Kubernetes on AWS. Beyond the first project, you'll keep looking for ways to raise developer velocity: faster builds, flaky test detection, better local environments. You'll never own the business logic; you'll own how it gets out the door. founders@example.com""", S1),

("""Ledgerline | Engineer, Software Delivery | Toronto | Hybrid | CAD $120k-$150k
Ledgerline's engineering group wants to go from a release every three weeks to several per day. We need an engineer to design and run the automation behind that: CI/CD pipelines, infrastructure as code, release dashboards and the monitoring and logging every new service ships with. You'll measure lead time and deployment frequency and report them back to the team. Azure Pipelines, Bicep and Terraform, AKS. careers@example.com""", S2),

("""Halewood Retail Tech | Junior Build Engineer | Manchester | Onsite | £35k-£45k

Great first job in infrastructure. Our software engineers write the code for our retailers' tills and online stores; this team helps them get that code from their laptops into production. You'll learn to write pipeline definitions, maintain our build servers, package services in Docker, run automated test stages and take part in deploys. A senior engineer will pair with you every day for your first months. We're looking for someone who has done some programming or system administration and is eager to learn. Training budget and certification costs covered. Apply at example.com/halewood.""", S3),

("""Burnside Media Group | Deployment Automation Engineer | Portland, OR | Remote OK | $125k-$150k

Our web teams and our hosting operations team have always worked through tickets. A new site takes two weeks to go live and a hotfix takes a day. We're hiring an engineer to bridge the two: automate the software delivery process so teams can release reliably and often, build pipelines that cover build, test and deploy for our 30 sites, and help developers and operators agree on a single way of working. Our tools are GitLab CI, Docker, Kubernetes and Terraform on AWS, and you'll keep improving the process as you learn what slows people down. careers@example.com""", S4),

("""Wilder & Ash | CI/CD Engineer | Remote (US) | Contract-to-hire
Small product company, 15 developers, one legacy deploy script that everyone is afraid of. Replace it with real continuous integration and delivery, containerize the three main apps, and write our environments as code. Collaboration with developers matters more than tool trivia. $80-$100/hour. You'll work with the developers daily and with our hosting provider's support team when needed. Expect to spend the first month listening and mapping how code gets out today. jobs@example.com""", S0),

("""Sedgefield Insurance | Release Engineer | Hartford, CT | Hybrid | Full-time

Sedgefield's digital team builds the quoting and policy apps our agents use. Releases here still involve change boards, weekend windows and a lot of copy-pasting. We're hiring a release engineer to shorten that cycle: automate builds and test suites, introduce deployment pipelines with approvals built in, script environment setup with infrastructure as code, and make sure logs and dashboards arrive with every release. The goal is faster, higher quality releases and less time waiting. Our tools are GitHub Enterprise with Actions, Ansible and Terraform, and you'll be free to add what's missing. $125k-$155k. Apply at example.com/sedgefield.""", S2),

("""Kittering Labs | Infrastructure Engineer, Developer Workflow | Remote (US/Canada) | $155k-$190k

We build analytics for school districts. Our engineers want to ship, and our infrastructure gets in their way: environments are snowflakes, deploys are manual, and the person who knew how is gone. You'll start by building a GitOps flow: every service described in a repo, merges roll out automatically, and new infrastructure (a queue, a bucket, a database) can be requested in the same pull request. Then you'll keep shortening the loop between writing code and seeing it live. Kubernetes, Flux, Terraform, GitHub Actions. We'll judge success by how often developers deploy, not by how many tools we have. Apply at example.com/kittering.""", S1),

("""Aspenleaf Software | Build Engineer | Remote (Canada) | CAD $100k-$125k
Aspenleaf makes desktop and cloud accounting software. You'll own how our code gets from development to customers: the build farm, installers for Windows and macOS, test automation stages and deployment of our cloud services. We want every commit built, tested and ready to ship. C#/.NET background helpful, TeamCity and Octopus Deploy in use. Our developers are your customers: if they're waiting on a build, that's your problem to solve. careers@example.com""", S3),

("""Cordgrass Energy | Delivery Engineer | Austin, TX | Hybrid | $130k-$160k

We write software that controls home batteries. Firmware, cloud services and mobile apps all ship on different schedules, handled by different people, and it shows. We're hiring an engineer to make delivery one coherent process: build pipelines for each codebase, shared test environments, containerized services, and deploys that don't need a meeting. You'll sit between our developers and our operations group and make it easy for them to work together. Tools: GitHub Actions, Docker, Kubernetes on AWS, Terraform. Experience with automated delivery for more than one kind of software is a plus. jobs@example.com""", S4),

("""Ravensworth | Engineer, Continuous Delivery | London | Hybrid | £75k-£95k

Ravensworth builds booking software for dentists. We're hiring an engineer to automate our path to production. The first six months:
1. move our nine services from hand-configured VMs to containers
2. define environments with Terraform
3. build CI/CD pipelines that test and deploy every merge
After that, you'll champion better ways of working across our developers and the two people who run our servers today, so that shipping becomes a shared habit rather than a handover. Apply at example.com/ravensworth.""", S0),

("""Fenwick Analytics | Build & Release Engineer | Remote (EU) | Full-time "Can someone deploy my branch?" is the most common message in our chat. We want it gone. You'll give our 20 developers a way to ship their own changes: pipelines that test and deploy on merge, preview environments per pull request, and one-click rollbacks. Kubernetes and Argo CD on GCP, GitHub Actions, Terraform. €70k-€90k. You'll also write the short guide that explains to a new hire how their first change reaches production. jobs@example.com""", S1),

("""Sheldrake Bank | Senior Engineer, Release Automation | Charlotte, NC | Hybrid | $160k-$190k

Sheldrake's developers and IT operations have historically been separate departments with separate goals. Leadership has decided to change that, and this role is at the center of it. You'll design automation workflows for building, testing and releasing our banking apps, build CI/CD pipelines that satisfy our auditors without slowing teams down, script infrastructure with Terraform, and set up monitoring and logging so teams see how their releases behave. You'll measure lead time and release frequency and help both groups improve them together. Experience in a regulated environment is strongly preferred. Apply at example.com/sheldrake.""", S2),

("""Otterburn Apps | Infrastructure Engineer (deployments) | Remote (US) | $120k-$150k
We're an agency-turned-product company with 12 apps in production and a different deploy story for each. You'll standardize how code moves from a developer's branch to production: build, test, package, deploy, the same way everywhere. Our software engineers are your customers; make their lives easier. Docker, GitHub Actions, AWS ECS. A shared pipeline template, a container base image per language and one deploy command would already be a huge win. hello@example.com""", S3),

("""Brackwater Labs | Release Engineer | Amsterdam | Hybrid | €75k-€95k

Brackwater builds booking software for sailing schools. We work with infrastructure every day, but this role is about delivery: automating how code reaches production so that every change is deployed reliably and quickly, and helping developers and operators collaborate rather than hand work over a wall. You'll own our pipelines in GitLab CI, our Docker build setup, Helm charts for Kubernetes, and the Terraform that creates our environments. Continuous improvement is the job: each quarter, the release process should be a bit faster and a bit calmer than the last. Visa sponsorship available. Apply at example.com/brackwater.""", S4),

("""Harebell Health | Engineer, Build and Deploy | Remote (US) | Full-time | $140k-$170k

Harebell runs telehealth for dermatology. Our engineers spend too much time waiting: on slow builds, on a shared staging environment, on a person who has to run the deploy. We're hiring an engineer to speed up development and delivery: containerize our services, set up CI/CD with proper test stages, introduce infrastructure as code, and automate away the repetitive parts of maintaining our environments. Docker, GitHub Actions, Terraform, AWS. You'll work closely with developers and our IT team to make it stick. Apply at example.com/harebell.""", S0),

("""Ironstone Commerce | Staff Engineer, Developer Velocity | NYC | Hybrid | $210k-$250k
Ironstone has 150 engineers and a release process designed for 15. We want a staff engineer to lead the effort to make shipping fast again: a trunk-based workflow, CI that finishes in minutes, progressive delivery with feature flags and canaries, and a deploy button that product teams trust. You'll lead two engineers and partner with every product group. Success looks like teams deploying on their own, several times a day, without a release manager. careers@example.com""", S1),

("""Clovelly Software | CI/CD and Automation Engineer | Bristol | Hybrid | £60k-£75k

Clovelly makes planning software for housing associations. We're hiring an engineer whose whole focus is getting our software out faster and better: a CI/CD pipeline for every application, automated testing gates that catch problems before customers do, infrastructure as code for our Azure environments, and monitoring and logging wired into each deployment. You'll work with both developers and operations staff and help them agree on one process. Our goal: shorter time from idea to customer, with fewer defects. Apply at example.com/clovelly.""", S2),

("""Tansy Robotics | Software Build Engineer | Boston | Onsite | $130k-$160k
Our robot software is C++ and Python across 40 repositories, and getting a change from a developer's desk onto a robot in the field takes days. You'll build the pipeline that compiles, tests in simulation, packages and deploys releases to our fleet, so developers can focus on robots. Bazel, GitHub Actions, Docker, a fleet update tool you'll help build. You'll work with robotics engineers and test technicians, and measure your success by how fast a fix reaches a robot. jobs@example.com""", S3),

("""Mayweed | Infrastructure Engineer, Releases | Remote (UK/EU) | Full-time

Mayweed builds a rota app for care homes. Our product engineers are good at building features and bad at shipping them, because the release process lives in one person's head. We're hiring an engineer to write it down, then automate it: pipelines that build, test and deploy every change, Terraform for our environments, Docker and Kubernetes for our services. You'll work alongside developers and our one operations person to make releases reliable and routine, and keep improving them. £65k-£80k. hello@example.com""", S4),

("""Lowland Cloud Kitchens | Engineer, Delivery Pipeline | Chicago | Hybrid | $125k-$150k
We run 14 delivery-only kitchens and write our own ordering and kitchen software. You'll automate the path from commit to production for our five services: CI/CD, containers, infrastructure as code. You'll also help our developers and the one person who handles servers work as a single team. Our tools are GitHub Actions, Docker and Terraform on AWS. careers@example.com""", S0),

("""Pennant Security | Release Engineering Lead | Remote (US) | $175k-$210k Pennant sells endpoint security software to mid-size companies. Our agent, cloud console and updates all need to ship safely and often, and today they ship on separate schedules with a lot of manual coordination. We're hiring a lead to own release engineering: design the pipelines that build, sign, test and stage every release, automate promotion between environments, and make it easy for teams to ship many small changes instead of a few big ones. You'll lead two engineers and report to the VP of Engineering. We care about quality and speed together, and we'll measure both. Apply at example.com/pennant.""", S2),

("""Sorrelfield | Infrastructure Engineer | Remote (US) | Full-time
Our developers should be able to push code and have it live an hour later without asking anyone. Build the pipelines and GitOps tooling to make that true. Bonus if you can make a new service's infrastructure come along in the same merge. Kubernetes, Argo CD, Terraform, GitHub Actions. $140k-$175k. You'll sit with product teams each week to find where the delivery path slows them down. jobs@example.com""", S1),

("""Cotswold Software House | Build & Deploy Engineer | Cheltenham | Hybrid | £50k-£65k

We build custom software for local councils and charities, roughly 20 projects at a time. Every project ships a little differently, and our developers spend hours on deployments that should take minutes. We're hiring an engineer to help them get their code into production: a standard pipeline template for building and testing, automated deployments to each client's environment, and a clear release process that juniors can follow. You'll talk to developers every day and treat them as your customers. Docker, Azure Pipelines, Bicep. Apply at example.com/cotswold.""", S3),

("""Driftwood Travel | Engineer, Deployment Automation | Lisbon | Hybrid | €55k-€75k
Driftwood builds booking software for surf camps. We work with Docker, Kubernetes and AWS, but this job is not about running the cluster; it's about getting code from our developers to production reliably and fast. Own our pipelines, automate what is manual and help developers and our operations contractor work as one team. Tools: GitHub Actions, Helm and Terraform. jobs@example.com""", S4),

("""Elderflower Systems | Infrastructure Engineer, CI/CD | Raleigh, NC | Hybrid | $120k-$150k

Elderflower makes lab software for hospitals. Our developers release four times a year and everyone dreads it. We want to ship every week, then every day. You'll lead the change: put our services into containers, build continuous integration and delivery pipelines with automated tests, manage environments with infrastructure as code, and coach developers and IT staff on working together instead of handing work off. We value steady, practical progress over big-bang rewrites. Apply at example.com/elderflower.""", S0),
]

# sre: production health, reliability, monitoring and alerting, SLOs, incidents, capacity
SRE = [
("""Granary Foods Online | Production Engineer | Remote (US) | Full-time | $165k-$200k

Someone needs to keep our production alive and healthy, and we'd like that someone to be you. Granary runs online grocery ordering for 200 independent stores. When our checkout slows down on a Sunday morning, people don't get their food. You will:
- agree service level objectives with each team and track their error budgets
- own monitoring and alerting (Prometheus, Grafana, PagerDuty)
- lead incident response
- write blameless postmortems that actually change things
You'll also be the person who happily dives into a memory leak or a latency regression nobody else can explain. Our on-call rotation is shared with product engineers and you'll make it better. Apply at example.com/granary.""", S1),

("""Kinross Mobility | Reliability Engineer | Berlin | Hybrid | €80k-€105k
Kinross runs ride-pooling in four cities. Riders and drivers depend on our services around the clock, and our systems have grown into a large distributed setup across two regions. We're hiring an engineer focused purely on keeping those services available and fast: monitoring, failover and fault tolerance, backup and disaster recovery drills, and chasing down the causes of slowdowns. You'll work with every product team on reliability. Kubernetes, Postgres, Kafka, Prometheus. jobs@example.com""", S0),

("""Wolds Telecom Software | Systems Engineer, Production | Leeds | Hybrid | £65k-£85k

Our billing and provisioning systems serve 2 million mobile customers for the networks we work with. If they're down, nobody can top up. This job is about the health of production once code is there:
- respond first when something breaks, find the root cause, fix it
- do the routine maintenance that stops things breaking
- tune performance when response times creep up
- forecast how much capacity we'll need for next year's growth
You should have a solid background in software engineering or Linux system administration. On-call one week in five, paid. Apply at example.com/wolds.""", S3),

("""Sunfleck (YC W21) | Infrastructure Engineer, Reliability | SF | Hybrid | $180k-$220k + equity
We keep production healthy, and that's the whole job: SLOs for our APIs, alerts that page for symptoms customers feel, error budgets that decide when we slow down feature work, incident command and postmortems. When something in production is hurting, you'll be the first to want a look, whether it's a slow endpoint or a pod that keeps getting killed. Go, Kubernetes, GCP, Honeycomb. founders@example.com""", S1),

("""Ashby Street Bank | Reliability Engineer, Digital Channels | Charlotte, NC | Hybrid | $150k-$185k

Ashby Street's online and mobile banking must be available every minute of every day, and for the most part it is. We're hiring a reliability engineer to keep it that way as traffic grows. You'll respond to production incidents as the first line, run the on-call rotation for the digital channels, find and fix recurring failures, tune slow services and databases, and forecast capacity ahead of paydays and tax season so the apps scale. A background in software engineering or systems administration is expected. Apply at example.com/ashbystreet.""", S3),

("""Tamarisk Games | Production Engineer, Live Services | Montreal | Hybrid | CAD $110k-$140k Our multiplayer shooter has 400,000 daily players across three continents. Servers that hiccup mean players who leave. You'll own the health of our live services: define what "good" looks like with latency and availability objectives, build dashboards and alerting that catch problems before players tweet about them, lead incident response during launches and events, and run postmortems that turn into fixes. You'll also get your hands dirty on the hard problems: a matchmaking queue that slowly grows, a memory leak in a game server, a database that stalls once a week. Apply at example.com/tamarisk.""", S1),

("""Cobbler's Row | Engineer, Reliability | Remote (UK) | £70k-£90k
Our e-commerce product serves 1,500 online shops. You'll make sure those shops stay open: monitoring and alerting that catch problems early, redundancy so one failed component doesn't take down a store, backups that we actually restore in drills, and a disaster recovery plan that's tested twice a year. Our services are spread over three data centres and a CDN, and the trickiest failures happen between them. hello@example.com""", S0),

("""Foxhollow Video | Reliability Engineer | Remote (US) | Full-time | $160k-$195k

Foxhollow streams live sports for college conferences. On a Saturday in the fall, 300 games stream at once, and every one of them matters to someone. You'll focus on the customer side of our systems, not the developer side: making sure streams start fast and stay up, that our services scale for the big weekends, and that we recover quickly when they don't. That means first response on incidents, routine repairs and maintenance, performance tuning, and capacity plans built from last season's data and next season's schedule. Kubernetes, AWS, a lot of video pipeline knowledge you'll pick up. Apply at example.com/foxhollow.""", S3),

("""Pellow Insurance Tech | Production Engineer | Remote (EU) | €75k-€95k

Development is in good hands here and our pipelines ship changes daily. What we lack is someone who owns production itself. You'll set up proper monitoring and alerting, agree service level objectives with product owners, introduce error budgets, run the incident process and make postmortems a habit rather than a punishment. Our stack: Java services on Kubernetes, Postgres, RabbitMQ, Grafana and Loki. We'd love someone who treats a production mystery as the best part of the week. jobs@example.com""", S1),

("""Brambling Health | Reliability Engineer | Remote (US) | $150k-$180k
We run scheduling and messaging for 900 clinics. Critical services need to be available and performant all day, every day. You'll own observability, design for fault tolerance (multi-AZ, graceful degradation, retries done right), and maintain and rehearse our disaster recovery plans. AWS, Postgres, Go. Clinics open at 7 a.m. in five time zones, so there is no quiet hour to hide maintenance in. You'll also run the game days where we practise losing a database on purpose. careers@example.com""", S0),

("""Quarrymen Payments | Infrastructure Engineer, Production Operations | London | Onsite 3 days | £85k-£110k

Quarrymen processes card payments for 5,000 UK merchants. You'll be a mechanic for our production systems: you'll keep them running, repair what breaks, keep up the maintenance that stops them breaking, and tune their performance as volumes grow. You'll be a first responder for incidents (we have a paid on-call rotation, roughly one week in six) and you'll lead the capacity planning that tells us when to add database shards or new processing nodes before Black Friday. Strong Linux and networking fundamentals, plus coding ability in Go or Python. Apply at example.com/quarrymen.""", S3),

("""Mallowmarsh | Reliability Engineer | Toronto | Hybrid | CAD $130k-$160k

Mallowmarsh is a marketplace for secondhand furniture with two million monthly visitors. We're hiring an engineer to work backward from production: start with what users experience, define objectives for it, and make sure the alerts, dashboards and runbooks exist to protect it. You'll lead incident reviews, follow through on action items, and investigate the slow, weird failures: a cache that empties itself at 3 a.m., a queue that backs up on Mondays. Kubernetes, Postgres, Redis, Datadog. careers@example.com""", S1),

("""Highcliff Data Centres | Reliability Engineer | Dublin | Hybrid | €70k-€90k
Our colocation customers expect their services to be available always. You'll build monitoring across our facilities and customer-facing systems, improve fault tolerance in our control software, and own disaster recovery testing. The control software that powers, cools and secures our three facilities is a large distributed system of its own, and customers see it through a portal that has to stay up even when a site has a bad day. You'll run the monitoring for all of it, design out single points of failure and lead the yearly site failover test. careers@example.com""", S0),

("""Lapwing Learning | Production Engineer | Remote (Americas) | Full-time | $140k-$170k

Lapwing's online classroom is used by 600 schools during the school day, which means our busiest hour is 9 a.m. on a Monday in September. You'll keep it up and fast. You'll be the first responder when things break, the person who maintains and tunes our services so they break less often, and the one who forecasts how much capacity we need before term starts and every big district signs on. You'll work closely with our application engineers, but your customer is the teacher waiting for the class to load. A background as a software engineer or system administrator is expected. Apply at example.com/lapwing.""", S3),

("""Dunlin | Reliability Engineer | Remote (US) | $170k-$205k

Dunlin is a B2B API for address verification, called millions of times per hour by checkout pages. If we're slow, our customers lose sales. You'll own production health: SLOs for latency and availability per endpoint, alerting that follows those SLOs, error budget reviews with the product team, incident response and postmortems. You'll also chase down performance problems across our Go services and Postgres. We have a small on-call rotation and we want it quiet because the system is healthy, not because alerts are muted. jobs@example.com""", S1),

("""Swallowtail Freight | Reliability Engineer | Atlanta, GA | Hybrid | $130k-$160k Our tracking system is relied upon by 3,000 shippers. It must be available and fast, even as we spread across more services and two cloud regions. You'll own our dashboards and alerts, make the services keep working when a component fails, plan how we'd recover from losing a whole region, and help teams design for failure. Shippers check the tracking page dozens of times a day and call us within minutes of an outage. You'll also write the recovery runbooks and test them with the on-call engineers. careers@example.com""", S0),

("""Netherby Software | Systems Engineer, Production Support | Nottingham | Hybrid | £55k-£70k

Netherby's case management software is used by social care teams in 40 councils. We're hiring a systems engineer to look after it once it's live: respond to incidents, fix what's broken, keep up routine maintenance and patching, tune performance of our SQL Server databases and app servers, and plan capacity as councils add users. Your customers are the care workers using the system, not our developers. A strong background in system administration or software development is needed. Paid on-call one week in four. Apply at example.com/netherby.""", S3),

("""Kingcup Commerce | Production Engineer | Remote (EU) | €80k-€100k
Production is our product. You'll own monitoring and alerting, SLOs and error budgets, lead incident response and write the postmortems. Bonus points for loving a good performance investigation. Kubernetes, Go, Postgres, Grafana. Our checkout handles 30,000 orders an hour at peak. You'll join a three-person on-call rotation and help us decide which alerts deserve to wake someone. jobs@example.com""", S1),

("""Greywether Energy | Reliability Engineer, Grid Control Systems | Glasgow | Hybrid | £70k-£90k

Greywether's software dispatches battery and wind assets on the grid every few seconds. Downtime means real money and sometimes a grid operator on the phone. You'll focus on the reliability and availability of these distributed control services: monitoring that tells us something is wrong before the grid operator does, fault-tolerant design reviews with engineers, failover testing between our two regions, and a disaster recovery plan we rehearse quarterly. Apply at example.com/greywether.""", S0),

("""Rosefinch | Reliability Engineer | NYC | Hybrid | $165k-$200k

Rosefinch runs a restaurant reservation app used by 4 million diners. We're hiring a reliability engineer to look after the app once it's in production. You'll take first response on outages, repair and maintain our services, tune database and API performance, and build the forecasts that tell us how much capacity we need for Valentine's Day and Mother's Day (the two days we fear most). You'll work with backend teams to make their services easier to operate. Strong software engineering or systems background. Apply at example.com/rosefinch.""", S3),

("""Tawny Owl Analytics | Production Engineer | Remote (UK/EU) | £75k-£95k

Tawny Owl's dashboards are how 800 retailers start their morning. We've got good developers and a good delivery pipeline; now we need someone focused on production. You'll define and track SLOs, set up alerting that pages for what matters, run incident response, lead blameless postmortems, and dig into performance problems, from slow queries to a service that leaks memory over a week. Facebook-style production engineering, if that means something to you. Apply at example.com/tawnyowl.""", S1),

("""Corncockle | Reliability Engineer | Remote (US) | $150k-$180k
We run a large, distributed system for online bookings at 4,000 venues. You'll keep critical services available and fast: monitoring, fault tolerance, incident readiness and disaster recovery drills. Venues sell tickets through us at all hours and a few minutes of downtime during a big on-sale means angry fans and lost revenue. You'll make sure the booking and payment services keep working when a node, a zone or a dependency fails, and that we can restore everything from backups in a drill, not just in theory. jobs@example.com""", S0),

("""Yellowhammer Travel | Infrastructure Engineer, Production | Remote (Europe) | €85k-€105k

Yellowhammer sells train tickets across 30 European countries. In summer our traffic triples and our suppliers' systems get slower. You'll be responsible for our production health: responding first to incidents, repairing and maintaining the services that break, tuning performance, and forecasting capacity with the product team before each season. You'll also work with rail supplier APIs that fail in creative ways. Kubernetes on AWS, Java and Go services. Apply at example.com/yellowhammer.""", S3),

("""Pintail Security | Production Engineer | Remote (US) | $170k-$210k

Pintail's security products scan traffic for 2,000 companies, and customers notice within seconds if we stop. We're hiring a production engineer whose job is to keep production healthy: service level objectives agreed with product, error budgets that guide release pace, alerting tuned to customer impact, incident command and blameless postmortems. You'll also chase the hard bugs that only appear under production load. Kubernetes, Rust and Go services, ClickHouse, Prometheus. Apply at example.com/pintail.""", S1),

("""Chiffchaff | Reliability Engineer | Amsterdam | Hybrid | €75k-€95k
Chiffchaff's messaging API is used by hospitals for patient reminders. It must always be available and fast across our distributed setup. You'll own monitoring, fault tolerance, backups and disaster recovery, and work with teams to remove single points of failure. Our services run in two regions and a missed reminder can mean a missed appointment, so failover has to work the first time. jobs@example.com""", S0),

("""Redpoll Software | Systems Engineer, Reliability | Remote (Canada) | CAD $120k-$150k Redpoll hosts practice management software for 5,000 law firms. Lawyers bill by the minute and notice every minute of downtime. You'll keep the application running and scaling for our customers: respond to incidents and outages, fix and maintain the systems, tune performance, and plan capacity for growth and for the month-end billing rush. Strong Linux, networking and scripting skills, plus a background in software or system administration. Paid on-call. Apply at example.com/redpoll.""", S3),

("""Bittern Labs | Infrastructure Engineer (production health) | SF | Hybrid | $175k-$215k
Our job: the things that make production reliable. SLOs, monitoring and alerting, incident response, postmortems. Your job: help us do those well as we grow from 10 to 60 engineers. You'll define service level objectives with each team, turn noisy alerts into meaningful ones and run our incident reviews. We're on Kubernetes in AWS with Datadog. founders@example.com""", S1),

("""Whinchat Retail | Reliability Engineer | Remote (UK) | £70k-£85k

Whinchat runs online shops for 300 garden centres. Spring is our Black Friday: in April, traffic jumps tenfold. You'll prepare for it and ride it out: forecast capacity from last year's data, run load tests, be the first responder during peak weekends, fix the services that struggle, and keep up the maintenance and tuning that makes next spring easier. You'll also help product engineers understand how their services behave in production. Apply at example.com/whinchat.""", S3),

("""Goldcrest Health | Production Engineer | Remote (US) | Full-time | $160k-$195k

Goldcrest runs remote patient monitoring for heart failure patients: devices send readings every hour, and nurses act on alerts. A missed reading could be serious. We're hiring a production engineer to keep that system healthy: define SLOs for data freshness and alert delivery, build monitoring and alerting around them, lead incident response and postmortems, and investigate problems in production wherever they lead, from a slow Kafka consumer to a device firmware bug. Apply at example.com/goldcrest.""", S1),

("""Stonechat Cloud | Reliability Engineer | Remote (EU) | €80k-€100k

Stonechat sells hosted search to 2,000 online shops. Our large distributed search clusters need to be available and fast at all times. You'll improve monitoring, design fault tolerance into how shards and replicas are placed, run disaster recovery exercises and lead the response when things go wrong. Linux, Kubernetes, Elasticsearch internals a plus. Our customers' checkouts depend on search, so it has to keep answering when a node or a zone goes away. Apply at example.com/stonechat.""", S0),
]

# platform: internal infrastructure platforms and tools for other engineers, self-service, provisioning
PLATFORM = [
("""Marchbank Health | Infrastructure Engineer, Internal Platform | Remote (US) | Full-time | $165k-$200k

Marchbank has 18 product teams, and each of them deploys similar services in slightly different ways. We're building an internal platform so they don't have to. You'll design and build the foundations every team uses:
- Kubernetes clusters on AWS
- a service template wired into our metrics, logging and tracing from the first commit
- a self-service way to get a database or a queue
- documentation that makes the paved road the easy road
There's plenty of real coding here (Go operators, CLI tools, Terraform modules), but none of it is our product's business logic: your users are our engineers. Apply at example.com/marchbank.""", S1),

("""Peewit Labs | Cloud Infrastructure Engineer | Berlin | Hybrid | €80k-€100k
We're moving from a single rented server cluster to a proper cloud setup, and we need someone to build it. You'll help choose the cloud provider, design the accounts and networks, configure the managed services our apps need, and automate provisioning so developers never click around a console. It has to be highly available, secure and fast. You'll work closely with our application developers to make sure what you build fits how they work. Terraform, Kubernetes, and whatever provider we pick together. jobs@example.com""", S2),

("""Heathcote Software | Infrastructure Engineer | Leeds | Hybrid | £70k-£90k

Heathcote's applications run on an infrastructure platform that a previous team built and nobody fully owns. We want an engineer to take it over and make it great: our Kubernetes clusters, container build tooling, cloud networking and managed databases, all defined as code. You'll keep the platform scalable and reliable, add features teams need (new node pools, GPU support, better secrets handling) and make it simpler to run on. You'll use Docker, Kubernetes, Terraform and Helm daily. The work sits underneath the apps, not in them. Apply at example.com/heathcote.""", S4),

("""Silverbirch Systems | Internal Tools & Infrastructure Engineer | Remote (Canada) | CAD $130k-$160k
Our developers need infrastructure that lets them ship quickly and reliably. You'll design and maintain the underlying systems (clusters, networking, storage, internal tools) that our product teams build on, and work with the folks who run releases and production to keep it all scalable and secure. Concretely: Kubernetes clusters on AWS, a shared networking layout, storage classes for stateful services and internal CLIs that let a team create a new environment without waiting for us. careers@example.com""", S0),

("""Fieldfare Commerce | Developer Infrastructure Engineer | NYC | Hybrid | $175k-$215k

When a Fieldfare engineer starts a new service today, they copy an old one and spend two weeks fixing the copy. We want a "new service" button instead. You'll build the golden path:
* project templates with logging, metrics and health checks built in
* a developer portal listing every service and its owner
* one command to get a preview environment
* Terraform modules that turn a request for a database into a database
You'll run our shared Kubernetes clusters on AWS and build the tooling around them. You'll treat our 90 engineers as your customers and measure how long it takes them to go from idea to running service. Apply at example.com/fieldfare.""", S1),

("""Snowberry Foods | Cloud Infrastructure Engineer | Minneapolis | Hybrid | $140k-$170k Snowberry's e-commerce and supply chain apps are leaving our data center for the cloud. You'll build the cloud foundation they'll run on: set up and configure accounts, networks, compute and managed databases; automate provisioning and changes with infrastructure as code; and tune it all for performance, scale and security. You'll partner with application teams so the infrastructure fits their needs. You'll be one of three engineers on the new cloud team and help decide how we lay out accounts and networks from the start. careers@example.com""", S2),

("""Corvina | Infrastructure Engineer, Compute | Remote (EU) | Full-time | €85k-€105k

Corvina's product teams run about 200 services on container infrastructure that we build and maintain. The compute team owns that layer: Kubernetes clusters across three regions, cluster autoscaling, ingress, service mesh, container registries and the base images everyone builds on. You'll keep it scalable and resilient, roll out upgrades without disrupting teams, and build tooling so product engineers can ship onto it without knowing its internals. Docker, Kubernetes, Terraform, Go. Apply at example.com/corvina.""", S4),

("""Treecreeper | Infrastructure Engineer | Remote (US) | $160k-$190k

We were a five-person company with one person doing everything: provisioning servers with scripts, wiring up the network between our two data centers, building the staging copy of production, and writing a small daemon to ship our logs. We're now 60 people, and that informal collection of scripts needs to become a real internal platform. You'll turn generic machines and cloud resources into something tailored to how our teams work: automated provisioning, consistent environments, log and metrics collection built in, and tools engineers can use without filing a ticket. It's infrastructure development, with plenty of code. jobs@example.com""", S1),

("""Grayling Fintech | Infrastructure Engineer | London | Hybrid | £85k-£105k
Build and maintain the infrastructure and internal platforms that our 12 squads deploy onto. Make it secure, scalable and reliable, and give developers the tools to ship quickly without needing to be infrastructure experts. Work closely with the teams who handle releases and production support. AWS, Kubernetes, Terraform. Today each squad runs its own flavour of Terraform and Helm, and we want one well-kept foundation instead: shared clusters, tested modules and tooling that makes the secure way the default. jobs@example.com""", S0),

("""Limestone Health | Senior Cloud Infrastructure Engineer | Nashville | Hybrid | $160k-$190k

We're building a new Azure environment for our clinical apps and need a senior engineer to own it. You'll design the landing zone, configure networking, identity, compute and managed data services, and automate provisioning and lifecycle management with Terraform so developers get consistent, compliant environments on request. High availability, security and performance are requirements, not extras: our clinicians use these apps at the bedside. You'll work hand in hand with application developers and review their infrastructure needs early. Apply at example.com/limestone.""", S2),

("""Whitebeam | Infrastructure Engineer | Remote (UK) | £70k-£90k
Whitebeam's apps run on a Kubernetes-based platform on GCP. Own it: clusters, networking, container builds, cloud resources and the automation that ties them together. Keep it reliable and scalable, and make it easier for our developers to use. Docker, GKE, Terraform, Argo CD. You'll also plan cluster upgrades, keep node pools sized sensibly and write the docs that let developers deploy without asking you. hello@example.com""", S4),

("""Gadwall Logistics | Senior Infrastructure Engineer, Fleet | Columbus, OH | Onsite | $150k-$180k

Gadwall runs our routing software on 1,400 bare-metal servers in three of our own data centers. This team owns the fleet: the inventory system that knows every machine and its state, automated OS installation and base packages, firmware updates, and the provisioning workflow that takes a new rack from pallet to serving traffic. We write a lot of this ourselves in Go and Python, and we're looking for engineers who enjoy building tools for other engineers. Kubernetes runs on top, managed by our team too. Apply at example.com/gadwall.""", S1),

("""Hornbeam Labs | Infrastructure Engineer | Remote (US/Canada) | $150k-$180k

Hornbeam's developers spend too long getting infrastructure. A new environment takes a ticket and a week. You'll change that by building and maintaining our cloud infrastructure as a product: self-service provisioning through Terraform modules and a simple internal portal, sensible defaults for networking, security and scaling, and managed databases and queues that developers can request in minutes. The goal is a stable, secure base that lets our teams deploy applications quickly. AWS, Terraform, Kubernetes. Apply at example.com/hornbeam.""", S2),

("""Corncrake Games | Infrastructure Engineer, Developer Tools | Helsinki | Hybrid | €5k-€6.5k/month
Our game teams need fast builds, test servers on demand and somewhere to run their backend services. We build the shared infrastructure and tooling for all of that, so each team doesn't reinvent it. Design, build and maintain it with us, and help it scale as the studio grows. Kubernetes, Terraform, Jenkins agents in the cloud. We're a studio of 150 with four game teams. jobs@example.com""", S0),

("""Wheatfield Insurance | Infrastructure Engineer, Container Platform | Des Moines, IA | Hybrid | $130k-$160k

Wheatfield's new claims and policy apps all run on our container platform. We're hiring an engineer to help build and maintain it: OpenShift and Kubernetes clusters on AWS, cluster networking, storage and container registries, the Terraform and Ansible that stand it all up, and the quotas and guardrails that keep one team from starving another. You'll make sure the platform scales, stays up and stays secure, and you'll support developers as they onboard their services. Apply at example.com/wheatfield.""", S4),

("""Cowslip Software | Infrastructure Engineer, Paved Road | Remote (EU) | €80k-€100k We have 30 microservices and they all look alike, except in the ways that hurt. You'll build a paved road for them: a service template that plugs into our metrics and log collection on day one, standard deployment manifests on Kubernetes, a catalog of approved building blocks (Postgres, Redis, queues) that teams can provision themselves, and docs that make the right way the obvious way. You'll write real code: a CLI, Kubernetes controllers, Terraform modules. Not our product's features, but the ground they stand on. Apply at example.com/cowslip.""", S1),

("""Tamarind Retail | Cloud Infrastructure Engineer | Dallas | Hybrid | $140k-$170k
Build and run the cloud infrastructure our stores' apps depend on. You'll set up and configure cloud resources, automate their provisioning and upkeep, and keep them available, secure and performant. You'll work alongside app developers to understand what they need. We're consolidating three cloud accounts into a clean, well-designed setup, and you'll help choose how networks, identity and databases are laid out, then automate all of it with Terraform so developers get what they need in minutes. careers@example.com""", S2),

("""Blackthorn Media | Infrastructure Engineer | London | Hybrid | £75k-£95k

Blackthorn's video products are built by six teams who share one set of infrastructure. We want it to be a product in its own right: designed, documented and maintained by a team that treats developers as its customers. You'll build the clusters, the networking, the storage for our media files and the internal tools that let teams deploy and scale without help. You'll work closely with the people who handle releases and production incidents to make sure what you build is reliable and secure. Apply at example.com/blackthorn.""", S0),

("""Stonewort Analytics | Infrastructure Engineer, Kubernetes | Remote (US) | $155k-$185k
We run a multi-tenant Kubernetes platform that our 14 engineering teams deploy onto. You'll build and maintain it: cluster lifecycle, autoscaling, networking, secrets, observability plumbing and the base images. Keep it scalable, resilient and easy to use. Docker, Kubernetes, Terraform, Karpenter. You'll also build the onboarding path for new services: a template, namespaces with sensible quotas, and dashboards that come with every deployment. jobs@example.com""", S4),

("""Merlin's Yard | Infrastructure Engineer | Remote (Europe) | Full-time

Merlin's Yard makes software for marinas. We're hiring an engineer to build the internal platform our developers build on top of. Concretely: scripts and tooling to provision environments, a production-like staging setup anyone can spin up, networking between our cloud and the on-premises servers at some of our larger marinas, and a log collection pipeline we actually trust. You'll write code, but not marina software; your users are the eight developers down the hall. €65k-€85k. jobs@example.com""", S1),

("""Heronbrook Pharma Tech | Cloud Infrastructure Engineer | Cambridge, MA | Hybrid | $150k-$180k

Heronbrook builds software for clinical trials and needs cloud infrastructure that auditors and developers both like. You'll design and build it: pick the right managed services, configure accounts, networks and identity, automate provisioning with Terraform, and keep everything highly available, secure and well-performing. You'll work closely with our application developers to understand their workloads and make sure the infrastructure meets them. The aim is an environment where teams can deploy quickly without reinventing compliance each time. Apply at example.com/heronbrook.""", S2),

("""Goosefoot | Infrastructure Engineer | Remote (US) | $150k-$180k
We give our developers Kubernetes without the pain. Own the internal platform: clusters, templates, provisioning, and the CLI teams use to create and deploy services. Plenty of Go, no business logic. Today our 40 engineers each know a slightly different way to get a service running. We want one paved path: a template that comes with logs and metrics wired in, a self-service way to get a database, and clusters our team runs so they don't have to. founders@example.com""", S1),

("""Sweetgale Systems | Infrastructure Engineer, Cloud Platform Team | Remote (UK/EU) | £75k-£95k

The cloud platform team builds and maintains the infrastructure every Sweetgale product runs on: AWS accounts and networking, EKS clusters, container orchestration, managed databases and the shared services around them. You'll keep it scalable and reliable and keep adding what teams need, like better autoscaling, cheaper spot capacity and safer cluster upgrades. Docker, Kubernetes, Terraform and a lot of automation. You'll work with our developers but won't write product features. Apply at example.com/sweetgale.""", S4),

("""Ironweed Security | Infrastructure Engineer | Austin, TX | Hybrid | $150k-$185k
Design and maintain the infrastructure and internal tools our engineers build on: clusters, networking, CI runners, secrets, internal services. Make it scalable, secure and reliable, so developers can deliver quickly. You'll work with teams focused on releases and production health. Our engineers should be able to get a new service, a test cluster or a database from a self-service catalog rather than a ticket. careers@example.com""", S0),

("""Nuthatch | Infrastructure Engineer, Developer Environments | Remote (US/EU) | $160k-$190k

Nuthatch's engineers lose hours every week setting up environments. We're building an internal platform to fix that: one command to get a full copy of production-like staging with seed data, ephemeral environments for every pull request on Kubernetes, and a service template connected to our logging and metrics stack. You'll build this with two other engineers, write a lot of Go and TypeScript for internal tools, and measure success by how little our developers think about infrastructure. Apply at example.com/nuthatch.""", S1),

("""Rockrose Bank | Cloud Infrastructure Engineer | Edinburgh | Hybrid | £70k-£90k Rockrose is consolidating three data centres into one cloud provider. You'll help build the target environment: configure accounts, networks and compute, set up managed databases, and automate provisioning and management with Terraform. It has to be highly available and secure, and our developers need to be able to deploy to it quickly. You'll work with application teams to understand their requirements and shape the environment around them. Regulatory experience a plus. Apply at example.com/rockrose.""", S2),

("""Wagtail Robotics | Infrastructure Engineer | Boston | Hybrid | $150k-$180k
Our fleet software and simulation jobs run on a container platform we build and run ourselves, on-premises and in the cloud. You'll maintain it: Kubernetes clusters, GPU scheduling, storage, networking, and the tooling our robotics engineers use to deploy onto it. Keep it scalable and reliable. You'll also build tools for provisioning the on-premises machines in our test lab, and keep them consistent with the cloud side. jobs@example.com""", S4),

("""Lapis Learning | Infrastructure Engineer | Remote (Canada) | CAD $120k-$150k

Lapis's developers build the learning apps; we want you to build what they build on. You'll design and maintain the underlying infrastructure (cloud accounts, clusters, networks, data stores) and the tools that help teams ship quickly and reliably: environment templates, deployment tooling, shared dashboards. You'll work closely with the people who run releases and the people who handle production to make sure it's secure and scales. Apply at example.com/lapis.""", S0),

("""Sanderling | Infrastructure Engineer, Internal Platform | SF | Hybrid | $180k-$220k

At our size, infrastructure stops being a side job. We have 200 engineers, dozens of similar services, and clusters that each team configured differently. You'll help build the internal platform that brings order: a standard service template integrated with metrics and logs, a single way to request infrastructure, shared Kubernetes clusters managed by our team, and tooling that makes the common case trivial. Infrastructure development is real software development here. Apply at example.com/sanderling.""", S1),

("""Brookweed Energy | Cloud Infrastructure Engineer | Denver | Hybrid | $145k-$175k
Brookweed's grid analytics apps need a cloud foundation. You'll choose and configure the right cloud services, automate provisioning and management, and keep the environment available, secure and performant, working closely with developers so it fits their applications. Today everything runs on a few hand-built virtual machines. You'll lay out accounts, networks and managed databases, codify them with Terraform and give developers a self-service way to get new environments. jobs@example.com""", S2),
]

FEED_POSTS = []
for _family, _posts in [
    ("software", SOFTWARE), ("backend", BACKEND), ("fullstack", FULLSTACK), ("frontend", FRONTEND),
    ("mobile", MOBILE), ("data", DATA), ("ml", ML), ("security", SECURITY), ("cloud", CLOUD),
    ("infra_product", INFRA_PRODUCT), ("sysadmin", SYSADMIN), ("network", NETWORK), ("qa", QA),
    ("founding", FOUNDING), ("nontech", NONTECH),
]:
    FEED_POSTS += [(t.strip(), "other", _family, "-") for t in _posts]
for _label, _posts in [("devops", DEVOPS), ("sre", SRE), ("platform", PLATFORM)]:
    FEED_POSTS += [(t.strip(), _label, _label, src) for t, src in _posts]

# No duplicate texts; role posts never name a role (other posts may, in passing).
_texts = [t for t, _, _, _ in FEED_POSTS]
assert len(_texts) == len(set(_texts)), [t[:60] for t, n in Counter(_texts).items() if n > 1]
_ROLE_NAME = re.compile(r"dev\s*-?\s*ops|\bsres?\b|site\s+reliability|platform\s+engineer", re.I)
assert not [t[:60] for t, label, _, _ in FEED_POSTS if label != "other" and _ROLE_NAME.search(t)]
assert all(s in (S0, S1, S2, S3, S4) for _, label, _, s in FEED_POSTS if label != "other")
