"""More whole postings for jobclass's posting-level gate ("is this one of the three roles at
all?"), written for jobclass in its own words. Every post here is labelled `other`.

FEED_POSTS is a list of (text, "other", family, "-"), the same layout as feed_posts.py, and it
adds jobs that sit right next to the three roles and that a classifier keeps mistaking for them:

- Part A: about two hundred short-to-medium posts in the style of a monthly hiring thread (a
  header line, then a paragraph or bullets, then how to apply at example.com): data
  engineering, data science and analytics, machine learning and model serving, security
  (application, cloud, monitoring centre, penetration testing, identity), cloud engineers and
  architects at consultancies, managed service providers and resellers, system administration
  and IT support, networking, QA and test automation, database administration, and backend
  engineers who build infrastructure-flavoured products (databases, storage engines, an
  observability vendor's own product, edge and CDN features, payments, trading, distributed
  systems research).
- Part B: about sixty long careers-page postings (about the company, the role, duties, what you
  bring, nice to have, benefits, an equal-opportunity line) for the hardest neighbours: cloud
  engineers and architects, systems engineers, infrastructure-flavoured software engineers,
  data engineers, network and security engineers, IT operations managers, solutions architects,
  technical support engineers and database administrators. They list Kubernetes, Terraform,
  AWS, Linux, scripting or monitoring the way real postings do, yet none of them is about a
  delivery pipeline for developers, about keeping production up as the heart of the job, or
  about building an internal platform for other engineers.

These are jobs that none of the seed articles describes. The role names (DevOps, SRE, Site
Reliability, platform engineer or engineering) appear only in about fifteen posts, and only as a
team mentioned in passing ("you'll partner with our DevOps team"), so that a passing mention is
not read as the job itself. Every company, person, address (example.com) and sentence is
invented here; nothing is copied from the seed articles or from any real posting, and no text
repeats one in feed_posts.py.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(__file__))
import feed_posts  # noqa: E402

# =============================================================================================
# Part A: short-to-medium thread posts
# =============================================================================================

# ---------------------------------------------------------------------------------------------
# data engineering
# ---------------------------------------------------------------------------------------------
DATA_ENG = [
"""Orrery Produce Logistics | Data Engineer | Rotterdam, hybrid | €70k-€90k
Orrery runs cross-dock warehouses that move fresh fruit and vegetables from the port to supermarkets across the Benelux. A pallet gets scanned five or six times between ship and shelf, and today those scans land in four systems that disagree with each other. You'll build the pipelines that reconcile them: change data capture from the warehouse database, one Kafka topic per scan point, and BigQuery tables the planners use to catch pallets before the strawberries turn. Python and SQL every day, dbt for models, Airflow for schedules. The jobs run in containers on a cluster a colleague looks after; you write the jobs, not the cluster. Dutch not needed. Apply at example.com/orrery.""",

"""Brassfield Mutual | Senior Data Engineer | Columbus, OH | Hybrid | $145k-$170k

- We're a 90-year-old auto and home insurer rebuilding its reporting on a lakehouse.
- You'll move policy, claims and billing data off nightly mainframe extracts and into Databricks, as Delta tables the actuaries can trust.
- PySpark, SQL, Unity Catalog, and a little Scala for the older jobs we inherited.
- You'll agree data contracts with the source system owners and add checks that fail loudly instead of quietly.
- 5+ years of data engineering; insurance or banking data a plus.

Pension and 401(k) match, real vacation. Apply at example.com/brassfield/careers""",

"""Kilnworks (YC S23) | Founding Data Engineer | New York | Onsite | $160k-$190k + 1%
Kilnworks gives independent restaurants the menu pricing tools that chains pay consultants for. We pull point-of-sale exports, delivery app reports and supplier invoices, and turn them into one answer: what each dish really costs and what it should sell for. You'll be our first data hire. That means choosing the warehouse (we lean Snowflake), writing the ingestion code for a dozen messy POS systems, and building the models our pricing engine reads. Python, SQL, a healthy dislike of CSV files with merged cells. Email founders@example.com with a pipeline you're proud of.""",

"""Dunmarrow County Health Department - Data Engineer II - Hybrid (3 days on site) - $88,000-$104,000

The department's epidemiology unit needs someone to own the feeds that bring lab results, hospital admissions and vaccination records into our surveillance warehouse. Most of it arrives as HL7 and flat files; some still comes by fax and gets keyed in. You'll write and schedule the loads in SQL Server Integration Services and Python, document every field, and help the epidemiologists build reports that go to the county board each week. Public health experience helps but we will teach the vocabulary. State pension, 12 paid holidays. Apply through example.com/dunmarrow/jobs and attach a short cover letter.""",

"""Vantablue Ads | Data Engineer, Event Pipelines | Remote (US) | Full-time
We measure whether connected-TV ads actually drive store visits. That means about 30 billion events a day: ad impressions, device graphs, anonymised location pings. You'll work on the Spark and Flink jobs that join them, the deduplication logic, and the privacy filters that keep us on the right side of state laws. Scala or Java, Python, S3 and Iceberg tables, Trino for querying. Our jobs run on EMR and Kubernetes, with the clusters handled by a separate infrastructure group. Strong SQL and a careful attitude to personal data required. $150k-$185k. Apply at example.com/vantablue.""",

"""Pinfold Energy | Data Engineer | Glasgow | Hybrid | £55k-£68k

Pinfold operates 40 onshore wind farms. Every turbine sends vibration, pitch, yaw and power readings each second, and our engineers want to predict gearbox failures weeks ahead. You'll build the pipelines that land SCADA data in our Azure data lake, clean and downsample it, and publish tables the reliability engineers (the mechanical kind) query from notebooks. Python, Azure Data Factory, Databricks, a bit of time-series know-how. You'll visit a wind farm in your first month, hard hat provided. Apply at example.com/pinfold.""",

"""Tessaract Sports | Data Engineer | Remote (EU) | €60k-€80k
Professional football clubs use our app to track every sprint, pass and heartbeat in training. We need a data engineer to:
* ingest GPS vest data and match event feeds from three providers
* build tidy per-player tables that coaches and sports scientists explore in our dashboards
* keep the pipeline fast on match days, when half of Europe's clubs upload at the same time
Python, Postgres, ClickHouse, Dagster. If you can talk to a fitness coach without jargon, even better. Apply at example.com/tessaract/jobs""",

"""Halloran & Vick | Data Engineer (Migration) | Chicago | Hybrid | $135k-$160k

Our trading analytics group still runs on an on-premise Hadoop cluster built in 2015. This role moves it to Snowflake over the next eighteen months. You'll inventory about 600 Hive and Spark jobs, decide which to rewrite and which to retire, port the keepers to dbt and Snowpark, and run the old and new side by side until the numbers match to the cent. Strong SQL, solid Spark, patience with undocumented code. No on-call. Apply at example.com/hallorvick.""",

"""Mossbank Analytics | Analytics Data Engineer | Manchester | Hybrid
We help housing associations see which homes need damp and mould repairs before tenants complain. Data comes from repairs systems, sensor pilots and tenant surveys. You'll write the pipelines and dbt models behind our risk scores and the dashboards our clients open every Monday. SQL, Python, BigQuery, Looker. £50k-£62k. Apply at example.com/mossbank""",

"""Fathomline Shipping Data | Senior Data Engineer | Singapore | Onsite | SGD 120k-150k

Fathomline sells vessel tracking and port congestion data to commodity traders. Our pipelines swallow AIS position reports from satellites and shore stations, about 250 million a day, and turn them into voyages, port calls and estimated arrival times.

What you'd own:
- the streaming job that turns raw pings into voyages (Kafka, Flink)
- the batch backfills when a provider sends us a year of corrected data
- the data quality reports our customers see

Java or Scala, strong SQL, some geospatial experience. Apply at example.com/fathomline/careers.""",

"""Ridgeling Books | Data Engineer | Remote (UK) | Part-time (3 days/week) | £58k pro rata
Independent publisher, 40 staff. Sales data from distributors, royalty statements, print runs and a web shop, all in spreadsheets held together by one brave accountant. We want someone to build a small, sensible warehouse (Postgres is fine), automate the loads, and make royalty calculations reproducible. Python and SQL. A love of books won't hurt. Email jobs@example.com.""",

"""Carraway Grid Services | Data Engineer, Smart Meters | Melbourne | Hybrid | AUD $140k-$165k

Carraway reads 1.8 million household smart meters every half hour. Retailers, network operators and the market regulator all need that data, on time and in their own formats. You'll work on:
• the ingestion service that validates and stores interval reads
• estimation rules for missing reads, which are regulated, so correctness matters more than speed
• outbound files to market participants
Python, PySpark, Redshift, Step Functions. Apply at example.com/carraway/jobs""",

"""Umbral Labs | Data Engineer | Austin, TX | Onsite | $140k-$170k + equity
Umbral builds solar-powered cold storage for farms in East Africa. Each unit reports temperature, battery state and door openings over a cellular link that drops often. We need a data engineer to make sense of it: ingest patchy telemetry, fill gaps honestly, and produce the tables our field team uses to decide which units need a visit. Python, Postgres with TimescaleDB, Prefect. Some travel to Kenya possible. jobs@example.com""",

"""Glimmerstone Retail Group | Senior Data Engineer, Customer Data | Leeds | Hybrid | £70k-£85k

We run 220 homeware stores and a growing website. The loyalty scheme has 6 million members, and marketing wants one view of each customer across tills, web and app. You'll build that: identity matching, consent handling under UK GDPR, and tables in Snowflake that feed our email tool through reverse ETL. dbt, Fivetran, Python, Census. Our DevOps team runs the cloud accounts and the Airflow deployment; you own everything that flows through it. Apply at example.com/glimmerstone.""",

"""Torrin Biosciences | Data Engineer, Lab Data | Boston, MA | Hybrid | $150k-$175k
Our chemists run thousands of assays a week. Results come off plate readers, mass specs and an electronic lab notebook, each with its own format. You'll write parsers and pipelines that bring it into one well-modelled store so scientists can compare compounds across years of experiments. Python, SQL, AWS (S3, Glue, Athena), some Benchling API. Chemistry background welcome, not required. Apply at example.com/torrin/careers""",

"""Quenby Municipal Transit | Data Engineer | Hybrid | $95k-$115k
Bus arrival predictions, ridership counts and fare data for a mid-size city. You'll maintain GTFS and GTFS-realtime feeds, build the ridership warehouse, and automate the monthly reports the transit board reads. Python, Postgres/PostGIS, Airflow. Union position. Apply at example.com/quenbytransit""",

"""Sablewood Fintech | Data Engineer | Lisbon | Hybrid | €55k-€75k

Sablewood lends to small online sellers based on their sales data. Credit decisions depend on clean, current numbers from Shopify, Amazon and bank connections. You'll own the connectors that pull that data daily, the transformations that compute revenue and refund trends, and the audit trail our risk team needs for the regulator. Python, dbt, Postgres, BigQuery. You'll sit with the credit analysts, not a separate data island. Apply at example.com/sablewood""",

"""Archway Learning Trust | Data Engineer | Birmingham | Hybrid | £45k-£52k
A group of 28 primary and secondary schools. Attendance, assessment and safeguarding data live in separate systems per school. Build the pipelines and a warehouse so trust leaders can see patterns across schools, without ever exposing a child's record to the wrong person. SQL Server, Azure Data Factory, Power BI. Teachers' pension scheme. Apply at example.com/archwaytrust/vacancies.""",

"""Corvane Telematics | Data Engineer (Streaming) | Munich | Hybrid | €75k-€95k

Corvane's boxes sit in 90,000 delivery vans and send position, speed, harsh braking and fuel level every few seconds. Fleet managers see it in our app within seconds. The data team of six owns the path from box to app.

You will:
- extend our Kafka Streams services that enrich and aggregate the raw events
- design compact storage in ClickHouse for two years of history
- work with the app team on the APIs they query
Java or Kotlin, Kafka, ClickHouse. German is helpful, English is our working language. Apply at example.com/corvane.""",

"""Openmarsh Research | Data Engineer | Remote (Americas) | Contract, 6 months
Climate research nonprofit. We need pipelines that pull satellite-derived methane estimates, well permits and flaring reports from public sources, align them in space and time, and publish open datasets researchers can cite. Python, xarray, GeoParquet, DuckDB. Rate $90-$110/hour. Email work@example.com with a short note and a link to code.""",

"""Hallowmere Hotels | Data Engineer | Dublin | Hybrid | €60k-€75k

Hallowmere runs 34 hotels in Ireland and the UK. Revenue management wants nightly occupancy and rate data from our property management system, competitor rates from a vendor, and events data, all in one place by 6am. You'll build and own those loads in Azure (Data Factory, Synapse), model the data for forecasting, and help the revenue team automate their spreadsheets away. SQL and Python. Free stays at our hotels, naturally. Apply at example.com/hallowmere/careers""",

"""Gristmill Data (YC W24) | Data Engineer | SF | Onsite | $170k-$200k + equity
We give agricultural lenders a view of every field in their loan book: crop type, yield history, drought stress. Satellite imagery, county records and weather, joined per field, refreshed weekly. You'll own ingestion and the feature tables our underwriting models read. Python, Spark, Sentinel-2 imagery, Postgres, a lot of geometry. We're six people. hi@example.com""",

"""Pellmore Group | Data Engineer, Finance Data | London | Hybrid | £65k-£80k

The finance team closes the books for 14 subsidiaries every month and spends a week reconciling exports. You'll build automated pipelines from our ERP (SAP) and banking feeds into Snowflake, create reconciliation checks that flag breaks on day one, and model the data for the management accounts. SQL is the main tool, with Python and dbt. Accounting knowledge is a big plus. Our SRE team keeps the shared cloud accounts healthy; your focus is the numbers. Apply at example.com/pellmore.""",

"""Wyndcote Streaming | Data Engineer, Content Analytics | Los Angeles | Hybrid | $145k-$175k
A streaming service for documentaries. Which titles keep people watching, and which do they abandon at minute eight? You'll build the event pipelines from apps on 11 device types, the sessionisation logic, and the tables the content team uses to decide what to license next. Kafka, Spark, BigQuery, dbt. Apply: example.com/wyndcote""",

"""Cobaltmere Pharmacy Benefits | Data Engineer | Nashville, TN | Hybrid | $120k-$140k

We manage prescription benefits for self-insured employers. Claims come in from pharmacies in NCPDP format, and clients want to know where their money goes. You'll:
1. maintain the claims ingestion jobs and their validation rules
2. build the rebate and savings models in dbt on Snowflake
3. produce client-facing extracts on a fixed schedule, with zero tolerance for wrong numbers
HIPAA training provided. Apply at example.com/cobaltmere""",
]

# ---------------------------------------------------------------------------------------------
# data science and analytics
# ---------------------------------------------------------------------------------------------
ANALYTICS = [
"""Larchmere Subscriptions | Data Scientist, Retention | Remote (US) | $140k-$170k
Larchmere ships meal kits to 400,000 households. Most cancellations happen in the first six weeks, and we want to understand why and what to do about it. You'll build churn models, design the experiments that test offers and onboarding changes, and explain results to a marketing team that loves a clear chart. Python, SQL, causal inference basics, solid A/B testing judgement. Apply at example.com/larchmere/jobs""",

"""Ottery Bank | Senior Credit Risk Analyst | Edinburgh | Hybrid | £60k-£75k

Ottery is a small challenger bank lending to tradespeople. You'll build and monitor the scorecards behind our lending decisions, track how loans perform by cohort, and write the analysis that goes to the credit committee each month. SAS is on its way out and Python is on its way in, so you'll help with that move too. Strong statistics, SQL, and the confidence to say a model isn't good enough. Apply at example.com/ottery""",

"""Felsby Games | Game Data Analyst | Helsinki | Hybrid | Full-time
We make a mobile puzzle game with 2 million daily players. Designers ask questions like "is level 312 too hard?" and "did the new booster cannibalise coin purchases?" You'll answer them, quickly and honestly, with SQL, Python and our BigQuery event data, and help set up the dashboards the live-ops team lives in. Experience with player funnels and A/B tests preferred. Salary €4,200-€5,400 per month. Apply at example.com/felsby""",

"""Hartstone Health System | Clinical Data Scientist | Pittsburgh, PA | Hybrid | $125k-$150k

Hartstone is a 9-hospital system. Our analytics team builds models that help nurses find patients at risk of sepsis or readmission earlier. You'll:
- build and validate risk models on EHR data (Epic Clarity)
- work with clinicians to decide thresholds that help rather than cause alarm fatigue
- monitor model performance over time and across patient groups for bias
Python or R, SQL, a sound grasp of statistics. Healthcare experience strongly preferred. Apply at example.com/hartstone/careers""",

"""Penwarden Foods | Demand Planning Analyst | Bristol | Hybrid | £40k-£48k
We bake bread and cakes for three supermarket chains. Get the forecast wrong and we either waste flour or leave shelves empty. You'll build weekly forecasts by product and store cluster, account for weather and bank holidays, and work with production planners every morning. Excel to start, Python and SQL to grow into; we'll train you. Apply at example.com/penwarden""",

"""Quillfeather Marketplace | Staff Data Scientist, Pricing | Remote (US/Canada) | $200k-$235k

Quillfeather is a marketplace for used musical instruments. Sellers struggle to price a 1978 bass guitar; buyers want to know they're not overpaying. You'll lead our pricing science: price suggestions from listings and sales history, a fair-deal indicator for buyers, and the experimentation approach to test them. You'll mentor two data scientists and work closely with product. Python, SQL, Bayesian modelling experience welcome. We ship models into the product through a small serving API the backend team maintains. Apply at example.com/quillfeather""",

"""Tamberlane Insurance | Actuarial Data Scientist | Toronto | Hybrid | CAD $115k-$140k
Join the pricing team for personal auto. GLMs, gradient boosting, and a lot of careful feature work on telematics data from our usage-based product. You'll present to the regulator-facing rate filing team, so clear documentation matters. Actuarial exams in progress a plus. Apply at example.com/tamberlane""",

"""Brindlemoor Council | Performance and Insight Analyst | Yorkshire | Hybrid | £36k-£41k

Help a district council understand its services: bin collection complaints, housing waiting lists, planning application times. You'll pull data from service systems, build Power BI reports for councillors, and answer ad hoc questions from department heads. SQL and Power BI; some Python nice to have. Local government pension, flexible hours. Apply at example.com/brindlemoor/jobs""",

"""Salterne (YC S22) | Product Analyst | NYC | Hybrid | $130k-$155k
Salterne is a budgeting app for couples. You'll be our second analyst: define metrics, own the event taxonomy with engineering, run funnel and retention analyses, and help PMs design experiments that have enough users to tell us something. SQL fluency, Amplitude or Mixpanel, some Python. Apply at example.com/salterne""",

"""Kettlewell Research Institute | Biostatistician | Baltimore, MD | Onsite | $95k-$120k

Kettlewell runs multi-site trials in childhood asthma. You'll write statistical analysis plans, build randomisation schedules, analyse trial data in R and SAS, and co-author papers. Master's or PhD in biostatistics, experience with mixed models and missing-data methods. Generous tuition benefits. Apply at example.com/kettlewell/careers""",

"""Vellichor Travel | Data Scientist, Search Ranking | Barcelona | Hybrid | €65k-€85k
Which hotel should be first when someone searches "Seville, 3 nights, August"? You'll improve our ranking models (LightGBM learning-to-rank today), design offline metrics that match what users actually book, and run online experiments. Python, SQL, Spark for feature work. Apply at example.com/vellichor""",

"""Orchardgate Retail | Marketing Analytics Lead | Atlanta, GA | Hybrid | $130k-$150k

Lead a team of three analysts measuring where our $40M marketing budget works. You'll build media mix models, run geo-holdout tests with the media agency, and explain results to the CMO without hiding behind p-values. SQL, Python or R, Robyn or a similar MMM library. Apply at example.com/orchardgate""",

"""Thornbury Energy Retail | Data Analyst | Cardiff | Hybrid | £35k-£42k
Help us understand how customers use energy and which tariffs suit them. You'll analyse smart meter consumption, build reports on debt and vulnerability for Ofgem returns, and automate the weekly pack for the leadership team. SQL, Excel, Tableau. Welsh speakers encouraged to apply. Apply at example.com/thornbury""",

"""Marrowfield Analytics | Sports Data Scientist | Remote (US) | $110k-$140k

We build player projection models for fantasy sports and betting companies. You'll work on baseball first: pitch-level data, aging curves, injury adjustments. Then probably basketball. Python, R, Bayesian hierarchical models, and enough baseball knowledge to argue about it. Apply at example.com/marrowfield""",

"""Dapplegrey Logistics | Operations Research Scientist | Memphis, TN | Hybrid | $140k-$165k
Route planning for 3,000 trucks a day. You'll formulate and solve vehicle routing and load planning problems, mostly with OR-Tools and Gurobi, and work with dispatchers to understand the constraints that never make it into a spec. PhD or MS in operations research or similar. Python. Apply at example.com/dapplegrey/careers""",

"""Ellerby Health Insurance | Analytics Engineer | Remote (US) | $125k-$150k

You'll sit between our data engineers and analysts: turning raw claims and member tables into clean, tested dbt models with documented metrics, so a "member month" means the same thing in every report. Strong SQL, dbt, Looker, and a habit of writing things down. Apply at example.com/ellerby""",

"""Cindermoss | Data Scientist, Fraud | Amsterdam | Hybrid | €70k-€90k
Cindermoss handles payments for online travel agencies. Card fraud patterns change weekly. You'll build and retrain fraud models, investigate new attack patterns with the risk analysts, and decide rule and model thresholds that balance losses against declined good customers. Python, SQL, gradient boosting, graph features welcome. Apply at example.com/cindermoss/jobs""",

"""Stagbourne University | Research Data Analyst, Public Policy Lab | Hybrid | $68k-$78k

Support faculty studying housing and eviction. You'll clean and link court records, census data and survey responses, maintain reproducible analysis code in R, and prepare tables and maps for papers and policy briefs. Bachelor's in a quantitative field; experience with administrative data preferred. Apply via example.com/stagbourne/hr""",

"""Ferncastle Media | Audience Insights Analyst | London | Hybrid | £42k-£50k
A magazine publisher with eight titles. You'll analyse subscription funnels, newsletter engagement and what readers actually finish, and share findings with editors in a way that changes what they commission. GA4, BigQuery, Looker Studio. Apply at example.com/ferncastle""",

"""Heathermoor Capital | Quantitative Researcher | New York | Onsite | Competitive

Systematic equities fund, 35 people. You'll develop and test alpha signals from alternative data (shipping, web traffic, job postings), build robust backtests that don't fool us, and work with portfolio managers on risk. Python, pandas, strong statistics; PhD in a quantitative field preferred. Our research cluster is run by a small infrastructure team, so your time goes to research. Apply at example.com/heathermoor""",
]

# ---------------------------------------------------------------------------------------------
# machine learning and AI engineering (model training, serving, evaluation)
# ---------------------------------------------------------------------------------------------
ML_ENG = [
"""Lindqvist Audio | Machine Learning Engineer, Speech | Stockholm | Hybrid | SEK 60k-75k/month
We make hearing aids. Our next model cleans up speech in noisy restaurants, on a chip that draws a few milliwatts. You'll train compact denoising networks in PyTorch, quantise and prune them, and work with the firmware team to get them running on our DSP. Experience with audio or on-device ML strongly preferred. Apply at example.com/lindqvist""",

"""Tarnhelm AI (YC W25) | ML Engineer, Model Serving | San Francisco | Onsite | $180k-$230k + equity

We build a coding assistant for embedded C developers. Our fine-tuned models need to answer in under 300ms. You'll own the inference path: batching, KV-cache tuning, quantisation, picking between vLLM and TensorRT-LLM for each model, and the evaluation harness that tells us whether a faster model got dumber. Python, CUDA familiarity, GPU profiling. We deploy on Kubernetes with GPU nodes and you'll write your own manifests, but the goal is tokens per second and answer quality, not clusters. founders@example.com""",

"""Greyfriars Insurance | Machine Learning Engineer | Norwich | Hybrid | £65k-£80k
Our claims team wants to triage motor claims faster. You'll take models from our data scientists (fraud likelihood, repair cost, total loss prediction), make them production grade, and put them behind APIs that the claims system calls. Python, scikit-learn and XGBoost, FastAPI, Azure ML for training runs and model registry. You'll write monitoring for data drift and work with the scientists on retraining schedules. Apply at example.com/greyfriars/careers""",

"""Pentrich Robotics | Perception Engineer | Zurich | Onsite | CHF 110k-140k

Pentrich builds autonomous forklifts for warehouses. You'll work on 3D object detection and pallet pose estimation from lidar and stereo cameras, train models on our labelled fleet data, and optimise them for an NVIDIA Orin. C++ and Python, PyTorch, TensorRT, ROS 2. Experience shipping perception to real robots matters more than papers. Apply at example.com/pentrich""",

"""Moorhaven Legal | Applied AI Engineer | London | Hybrid | £80k-£100k
We help law firms review contracts with language models. You'll build retrieval pipelines over millions of clauses, design prompts and evaluation sets with our lawyers, and fine-tune smaller open models where they beat the big APIs on cost and accuracy. Python, embeddings, pgvector, a disciplined approach to evals. Apply at example.com/moorhaven""",

"""Castellan Retail AI | Senior ML Engineer, Recommendations | Remote (EU) | €85k-€110k

Castellan powers product recommendations for 60 fashion retailers. We serve about 4,000 requests a second with a two-stage system: candidate retrieval from a two-tower model, then a ranking model with real-time features.

You'd work on:
- training pipelines in PyTorch and Ray
- the online feature store and its consistency with training data
- the ranking service itself (Python today, some Rust in the hot path)
- A/B test analysis with the product team

Our ML infrastructure sits on GKE, which the data platform team looks after. Apply at example.com/castellan/jobs""",

"""Ashcombe Diagnostics | Computer Vision Scientist | Oxford | Hybrid | £60k-£78k
Ashcombe reads digital pathology slides to flag cancers earlier. You'll develop segmentation and classification models on gigapixel whole-slide images, work with pathologists on labelling, and prepare the evidence our regulatory team needs for CE marking. PhD or equivalent experience in medical imaging. Apply at example.com/ashcombe""",

"""Bellhaven Bank | MLOps Engineer | Charlotte, NC | Hybrid | $140k-$165k

Our model risk team validates every credit and fraud model before it touches a customer. You'll build the tooling that makes that painless: a model registry with lineage back to training data, reproducible training jobs, automated validation reports, and shadow deployment so a new model can run beside the old one for a month before it decides anything. Python, MLflow, SageMaker, SQL. Banking or model governance experience preferred. Apply at example.com/bellhaven""",

"""Nettlefield | ML Engineer, Forecasting | Remote (US) | $150k-$180k
Nettlefield forecasts electricity prices for battery storage operators, who buy low and sell high every five minutes. You'll improve our probabilistic forecasting models (gradient boosting plus some deep learning), build backtests that match how traders actually use the forecasts, and ship model updates weekly. Python, pandas, LightGBM, PyTorch. Apply at example.com/nettlefield""",

"""Quernstone Labs | Research Engineer, Pretraining | London | Onsite | £120k-£160k

Small lab training multilingual language models for low-resource languages. You'll work on data pipelines for web-scale text (dedup, language ID, quality filtering), distributed training with FSDP on a few hundred GPUs, and tokenizer experiments. Strong PyTorch, comfort debugging NCCL hangs, curiosity about languages. Our cluster is run by a separate infrastructure team; you own the training code. Apply at example.com/quernstone""",

"""Thistlewood Agritech | Machine Learning Engineer | Wageningen | Hybrid | €60k-€78k
Drones photograph greenhouse crops every morning. You'll build models that count flowers and fruit, detect disease early and estimate yield, then deploy them to edge boxes in the greenhouses that work without reliable internet. PyTorch, ONNX, OpenCV, some Docker. Apply at example.com/thistlewood""",

"""Velmont Health AI | ML Engineer, Clinical NLP | Boston | Hybrid | $155k-$185k

Velmont extracts structured data from clinical notes for cancer registries. You'll fine-tune and evaluate transformer models for entity extraction and relation classification, build the annotation workflow with our clinical abstractors, and harden inference so it can process a hospital's full backlog overnight. Python, Hugging Face, spaCy. HIPAA-aware habits required. Apply at example.com/velmont/careers""",

"""Brightlode Mining Analytics | Data Scientist / ML Engineer | Perth, WA | Hybrid | AUD $150k-$180k
Predict conveyor belt and crusher failures from vibration and current sensors at three iron ore mines. You'll build anomaly detection and remaining-useful-life models, deploy them on site edge servers, and work with maintenance planners who will tell you when you're wrong. Python, time series, some MATLAB. FIFO trips to site a few times a year. Apply at example.com/brightlode""",

"""Keswick Evals | ML Engineer, Evals | Remote (US/EU) | $170k-$210k

We build evaluation suites that companies use to test language models before launch: factuality, refusal behaviour, jailbreak resistance, domain knowledge. You'll design new benchmarks, build the harness that runs thousands of model calls cheaply and reproducibly, and write analysis that customers can act on. Python, async programming, statistics for comparing models honestly. Apply at example.com/keswickevals""",

"""Rowanleigh Marketplace | ML Engineer, Search | Berlin | Hybrid | €80k-€100k
Rowanleigh is a second-hand furniture marketplace. You'll improve search relevance with semantic embeddings and a re-ranker, build the query understanding layer ("mid-century teak sideboard under 300"), and own the offline and online evaluation. Python, Elasticsearch/OpenSearch, sentence transformers. Apply at example.com/rowanleigh""",

"""Emberfield Energy | ML Model Serving Engineer | Houston, TX | Hybrid | $150k-$175k

Our geoscientists built dozens of models that interpret seismic data, and each one runs a different way on someone's workstation. We want them behind a single serving layer: containerised models, a common API, GPU scheduling so big seismic volumes don't starve small requests, and versioning so an interpretation can always be traced back to the model that made it. Python, Triton Inference Server or Ray Serve, Docker, Kubernetes basics. Working with scientists, not for a separate tooling group. Apply at example.com/emberfield""",

"""Silverhithe (YC S24) | Founding ML Engineer | NYC | Onsite | $170k-$210k + 1-2%
Voice agents that answer the phone for veterinary clinics: book appointments, refill prescriptions, triage emergencies to a human. You'll own the speech pipeline (ASR, LLM, TTS), latency end to end, and the evals that keep the agent from ever giving medical advice. Python, streaming audio, prompt and fine-tuning experience. team@example.com""",

"""Wolverton Freight | Machine Learning Engineer, Pricing | Chicago | Hybrid | $145k-$170k

We quote truckload prices in seconds. You'll maintain and improve the pricing models, build feature pipelines from market rate data, and put new models into production through our shadow-then-canary process. Python, XGBoost, Snowflake, SageMaker endpoints. Our DevOps group owns the AWS accounts; you own the model and its endpoint. Apply at example.com/wolverton""",

"""Obsidian Reach | Computer Vision Engineer, Retail | Remote (UK) | £70k-£90k
Cameras above supermarket shelves spot gaps and wrong price labels. You'll train detection and OCR models, handle the long tail of packaging redesigns, and optimise inference for small edge devices that run in hundreds of stores. PyTorch, YOLO-family models, OpenVINO. Apply at example.com/obsidianreach""",

"""Clarendon Speech | Speech Recognition Scientist | Cambridge, UK | Hybrid | £75k-£95k

Clarendon transcribes courtroom recordings. Accents, crosstalk and legal vocabulary make it hard. You'll train and adapt ASR models, build domain language models, and lead the evaluation against human transcribers. PhD or industry experience in speech. Apply at example.com/clarendon""",

"""Mirefield | ML Infrastructure Engineer (Training) | Seattle | Hybrid | $190k-$240k
Mirefield trains protein structure models. You'll work on the training stack: data loaders that keep 512 GPUs busy, checkpointing that survives preemption, mixed precision and sharding strategies, and experiment tracking scientists actually use. This is an ML systems job for a research team, shoulder to shoulder with the scientists. Strong PyTorch internals, distributed training experience. Apply at example.com/mirefield""",

"""Brackenholt Insurance | Data Scientist / ML Engineer, Document AI | Hartford, CT | Hybrid | $135k-$160k

Extract fields from medical bills, police reports and repair estimates so adjusters stop retyping them. You'll combine OCR, layout models and LLMs, measure accuracy per field, and build the human review loop. Python, Azure Document Intelligence, PyTorch. Apply at example.com/brackenholt""",

"""Windgather AI | LLM Application Engineer | Remote (Canada) | CAD $130k-$160k
Windgather builds an assistant for municipal planning departments: zoning bylaws, permit rules, past decisions. You'll build retrieval over messy PDFs, tool-calling workflows that look up parcel data, and an evaluation set with real planners. Python, TypeScript, LangGraph or similar, pgvector. Apply at example.com/windgather""",

"""Tollcross Ads | ML Engineer, Bidding | London | Hybrid | £85k-£110k

Real-time bidding for in-app ads: you get 20 milliseconds to decide what an impression is worth. You'll train click and conversion models, export them to our Go bidder, and keep training-serving skew near zero. Python for training, some Go, Kafka for feedback loops. Our SRE team runs the bidder fleet; you decide what goes into it. Apply at example.com/tollcross""",

"""Gorsebrook Analytics | MLOps Engineer | Dublin | Hybrid | €70k-€90k
Gorsebrook's data science team of twelve ships churn, lifetime value and next-best-offer models for telecom clients. You'll give them a proper path from notebook to production: feature pipelines in Databricks, model packaging, batch scoring jobs on a schedule, drift and accuracy dashboards, and retraining triggers. Python, MLflow, Databricks, Azure. You'll pair with scientists, not run servers. Apply at example.com/gorsebrook""",
]

# ---------------------------------------------------------------------------------------------
# security: application, cloud, monitoring centre, penetration testing, identity
# ---------------------------------------------------------------------------------------------
SECURITY = [
"""Harwick Payments | Application Security Engineer | Remote (UK) | £80k-£100k
We process card payments for 30,000 small merchants. You'll review designs and code for security flaws before they ship, run our bug bounty triage, build semgrep rules for the mistakes we keep making, and teach developers threat modelling in a way they don't dread. Kotlin and TypeScript codebase, PCI DSS environment. Hands-on code review experience is a must. Apply at example.com/harwick/jobs""",

"""Gallowmere | Penetration Tester | Leeds or Remote (UK) | £50k-£70k

Gallowmere is a CREST-accredited testing firm. You'll run web application, API and internal network tests for clients in retail, legal and local government, write reports that a non-technical board can follow, and walk client developers through fixes. OSCP or CRT required; CHECK eligibility a plus. Research time: one day a fortnight. Apply at example.com/gallowmere""",

"""Tremayne Hospital Trust | SOC Analyst (Tier 2) | Truro | Onsite, shift rota | £38k-£45k
Monitor and investigate alerts across 12,000 endpoints and a large clinical network. You'll work in Microsoft Sentinel and Defender, triage phishing reports, run investigations, and hand clean write-ups to the incident lead. Shift allowance paid. Security+ or SC-200 helpful. Apply at example.com/tremayne/careers""",

"""Vardenfell Cloud Security | Cloud Security Engineer | Remote (US) | $160k-$190k

Our customers are hospitals moving to AWS. You'll join our managed security team and review their accounts: IAM policies that grant far too much, public S3 buckets, security groups open to the world, logging gaps. You'll write detection rules, build guardrails with Service Control Policies and AWS Config, and present findings to client CISOs. AWS Security Specialty or similar experience. Terraform reading skills required because half the fixes live there. Apply at example.com/vardenfell""",

"""Coldharbour Group | Identity and Access Management Engineer | London | Hybrid | £70k-£85k
- Own Okta and Entra ID for 9,000 staff across six brands
- Design joiner-mover-leaver automation from Workday
- Run quarterly access reviews and make them less painful for managers
- Roll out phishing-resistant MFA with hardware keys
SCIM, SAML, OIDC, PowerShell. Apply at example.com/coldharbour""",

"""Ironmere Bank | Threat Intelligence Analyst | New York | Hybrid | $120k-$145k

Track the groups that target banks: ransomware crews, card fraud rings, state-linked actors. You'll turn reports, dark web chatter and our own incident data into briefings for the SOC and the fraud team, and tune detections to match. Strong writing is the core skill; MITRE ATT&CK fluency expected. Apply at example.com/ironmere""",

"""Pallister (YC W23) | Founding Security Engineer | SF | Onsite | $190k-$230k + equity
Pallister is a healthcare billing startup with 25 engineers and no security hire yet. You'd be the first: SOC 2 Type II and HIPAA readiness, secure defaults in our TypeScript services, a vulnerability management process, vendor reviews, and the security answer for every enterprise questionnaire. Broad rather than deep. security-hiring@example.com""",

"""Threnody Games | Anti-Cheat Engineer | Montreal | Hybrid | CAD $110k-$140k

Players in our competitive shooter keep finding new aimbots. You'll reverse engineer cheats, build client-side detections in C++, design server-side statistical detection, and work with community staff on ban waves. Windows internals, x86 assembly reading, kernel driver knowledge a plus. Apply at example.com/threnody""",

"""Ravensmoor Consulting | Security Consultant, GRC | Remote (US) | $110k-$135k
Help mid-size SaaS companies get through SOC 2, ISO 27001 and HIPAA audits. You'll run gap assessments, write policies that people can follow, map controls, prepare evidence and sit with clients through the auditor interviews. CISA or ISO lead implementer helpful. Apply at example.com/ravensmoor""",

"""Quellin Defence Systems | Product Security Engineer (Embedded) | Bristol | Onsite | £65k-£85k, SC clearance

Secure boot, firmware signing, hardware security modules and threat models for our radio products. You'll review C code, run fuzzing campaigns, and support the certification evidence. SC clearance required or obtainable. Apply at example.com/quellindefence""",

"""Hartwood Retail | Detection Engineer | Remote (US) | $140k-$165k
We write our detections as code. You'll build and test rules in Splunk and our EDR, cover gaps against ATT&CK, build dashboards for the SOC, and reduce false positives so analysts trust what they see. Python, SPL, some Sigma. Our on-call for security incidents is shared across the detection team. The SRE group looks after the logging pipeline; you decide what it should catch. Apply at example.com/hartwood/security""",

"""Cragside Energy | OT Security Engineer | Calgary | Hybrid | CAD $120k-$145k

Protect the control systems at our gas processing plants. You'll inventory PLCs and HMIs, design network segmentation between corporate and plant networks, deploy passive monitoring (Claroty or Nozomi), and work with operators on patch windows that don't stop production. IEC 62443 knowledge expected. Site travel about 20%. Apply at example.com/cragside""",

"""Lamorna Security | Red Team Operator | Remote (EU) | €80k-€100k
Simulate real attackers against large European companies: phishing, initial access, lateral movement in Active Directory, persistence, and getting to the crown jewels without being caught. Then teach the blue team what they missed. C2 frameworks, Windows internals, custom tooling in C# or Go. Apply at example.com/lamorna""",

"""Bexley Vale Insurance | Security Awareness and Phishing Lead | Hybrid | £45k-£55k

Run the security awareness programme for 4,000 employees: phishing simulations, short training that isn't a slide deck, champions in each department, and metrics that show behaviour changing. Background in security, communications or training. Apply at example.com/bexleyvale""",

"""Candlewick Health | Cloud Security Architect | Remote (US) | $175k-$205k
Design the security architecture for our move to Azure: landing zone guardrails with Azure Policy, identity design with Entra ID and privileged access, key management, network segmentation and logging to Sentinel. You'll work with the cloud team and sign off on new designs. Deep Azure knowledge and healthcare compliance experience required. Apply at example.com/candlewick""",

"""Orrin Labs | Security Researcher, Browsers | Remote | $180k-$240k

We find and responsibly disclose vulnerabilities in browser engines and publish our work. You'll fuzz JavaScript engines, triage crashes into root causes, write exploits for proof, and write papers and blog posts. Strong C++ and memory corruption experience. Apply at example.com/orrinlabs""",

"""Greystoke Credit Union | Information Security Officer | Spokane, WA | Onsite | $115k-$135k
Lead security for a credit union with 60 branches. Risk assessments, policies, vendor management, NCUA exam preparation, incident response plans, and reporting to the board. You'll have one analyst and an outsourced SOC. CISSP preferred. Apply at example.com/greystoke""",

"""Fellgate Software | Security Engineer, Supply Chain | Remote (EU) | €75k-€95k

We ship an on-premise product to banks, who ask hard questions about what's inside it. You'll produce SBOMs for every release, build dependency and licence policies, sign our artefacts, and answer customer security reviews. You'll partner with the DevOps team that owns our build servers, but your job is the security evidence, not the builds. Apply at example.com/fellgate""",

"""Hollowmead Investigations | Digital Forensics Examiner | Phoenix, AZ | Onsite | $85k-$105k
Examine phones, laptops and cloud accounts for law firms and insurers. Acquisition, analysis with Cellebrite, Magnet AXIOM and X-Ways, and reports that hold up in court. Expert witness testimony occasionally. Certifications like GCFE or EnCE preferred. Apply at example.com/hollowmead""",

"""Saltram Systems | Vulnerability Management Analyst | Remote (Canada) | CAD $85k-$100k

Run our scanning programme across 3,000 servers and laptops: Tenable scans, prioritising by real exploitability, chasing owners for fixes, and monthly reporting. You'll build automation in Python to cut the manual ticket work. Apply at example.com/saltram""",

"""Deverell Bank | Privileged Access Management Engineer | Toronto | Hybrid | CAD $110k-$130k
Own CyberArk for the bank: vaulting admin credentials, session recording, just-in-time access for administrators, and onboarding new platforms. You'll work with audit and the Windows and Unix teams. Apply at example.com/deverell""",

"""Kelsall (YC S24) | Security Engineer, Detection & Response | NYC | Hybrid | $170k-$200k

We're a fintech with 120 employees and a lot of customer money. You'll build our detection pipeline from scratch (cloud audit logs, Google Workspace, endpoint data into a SIEM), write detections, lead incident investigations, and run tabletop exercises with leadership. Python, AWS, a calm head. Apply at example.com/kelsall""",

"""Ambleside Privacy | Privacy Engineer | Dublin | Hybrid | €75k-€95k
Build privacy into the product: data mapping, deletion workflows that actually delete across 40 services, consent enforcement in our APIs, and reviews of new features under GDPR. Backend engineering background preferred. Apply at example.com/ambleside""",

"""Calderstone Telecom | Security Operations Engineer | Manchester | Hybrid | £55k-£70k

Keep our firewalls, proxies, email gateway and EDR tuned and healthy, and build automations in our SOAR tool so analysts stop copying IP addresses between tabs. Palo Alto, Zscaler, CrowdStrike, Python. Apply at example.com/calderstone""",

"""Wethersby Pharma | Application Security Analyst | Indianapolis, IN | Hybrid | $105k-$125k
Review third-party applications before we buy them, run DAST scans against our internal web apps, and help developers fix findings in .NET and Java code. You'll also run our secure coding training for new hires. Apply at example.com/wethersby""",
]

# ---------------------------------------------------------------------------------------------
# cloud engineers and architects at consultancies, MSPs and resellers
# ---------------------------------------------------------------------------------------------
CLOUD_CONSULT = [
"""Skerryvore Consulting | AWS Migration Engineer | Remote (UK) | £60k-£75k
Skerryvore moves UK businesses out of ageing server rooms. Each project starts with discovery (what's running, who depends on it), then waves of migration with AWS Application Migration Service and Database Migration Service, then handover. You'll be on two or three client projects a year: a building society, a chain of vet practices, a university department. Windows Server and Linux both matter. AWS Solutions Architect Associate or willingness to get it in three months. Apply at example.com/skerryvore""",

"""Cloudbank Partners | Azure Landing Zone Consultant | Remote (US) | $130k-$155k

We're a Microsoft partner. Clients hire us to set up their Azure estate properly before they move workloads in. You'll run design workshops, build landing zones from the Cloud Adoption Framework in Bicep or Terraform (management groups, policies, hub-and-spoke networks, identity), document decisions and train the client's own staff to run it. Four to six engagements a year, mostly remote, some travel. AZ-305 preferred. Apply at example.com/cloudbank""",

"""Tregothnan IT | Cloud Cost Analyst | Remote (EU) | €55k-€70k
Our reseller customers buy AWS and Azure through us. Many overspend. You'll run cost reviews: find idle resources, right-size instances, recommend savings plans and reservations, and explain the bill to finance teams in plain language. Excel is your friend; CUR data in Athena is your better friend. FinOps certification welcome. Apply at example.com/tregothnan""",

"""Hallington Managed Services | Cloud Engineer (MSP) | Denver, CO | Hybrid | $85k-$105k

Hallington looks after IT for 200 businesses in the Mountain West. Our cloud team handles their Azure and Microsoft 365 tenants: new virtual machines, backups with Azure Backup, patching, Intune policies, conditional access, and the occasional move of an old file server into SharePoint. Tickets with clear service levels, on a friendly team of seven. Two years of sysadmin or help desk experience; AZ-104 helps. Apply at example.com/hallington""",

"""Corrymore Digital | GCP Cloud Architect (Pre-sales) | London | Hybrid | £95k-£120k + bonus
Work with our sales team to win Google Cloud deals. You'll run discovery calls with prospective clients, sketch target architectures, estimate effort and cost, write the technical sections of proposals, and hand the signed work to our delivery engineers. Mostly data and analytics migrations, some application modernisation. Professional Cloud Architect certification required. Apply at example.com/corrymore""",

"""Brightholm Solutions | Senior Cloud Consultant, AWS | Sydney | Hybrid | AUD $170k-$200k

Brightholm is an AWS Advanced Tier partner of 80 people. As a senior consultant you'll lead delivery on client projects: a state government agency moving 300 servers, a retailer re-platforming its e-commerce site onto containers, a mining company's first data lake. You'll design, write the Terraform for client environments, review junior engineers' work and stand in front of client steering committees. Apply at example.com/brightholm""",

"""Nevis Cloud Reseller | Technical Account Manager | Remote (US) | $100k-$125k
You'll own technical relationships with about 40 mid-market customers who buy cloud through us. Quarterly architecture and cost reviews, licensing advice, escalating support cases to the provider, and spotting where a customer needs our professional services team. Customer-facing experience and broad AWS or Azure knowledge. Apply at example.com/nevis""",

"""Eddystone Consulting | Cloud Engineer, Public Sector | Washington, DC | Hybrid | $120k-$145k, Secret clearance

Support federal agencies moving applications into AWS GovCloud. You'll build accounts and networks that meet FedRAMP High controls, migrate applications, write the system security plan sections that describe them, and train agency staff. Active Secret clearance required. Apply at example.com/eddystone""",

"""Pendower Tech | Microsoft 365 and Azure Consultant | Birmingham | Hybrid | £48k-£58k
Help small businesses move from on-premises Exchange and file servers to Microsoft 365 and Azure. Tenant setup, mailbox migrations, Teams and SharePoint design, Intune enrolment, and staff training days. You'll be on site with clients some days. Apply at example.com/pendower""",

"""Strathmore Advisory | Cloud Strategy Consultant | Toronto | Hybrid | CAD $120k-$150k

Join our technology advisory practice. Banks and insurers ask us whether to move to the cloud, which provider, and in what order. You'll build business cases, application portfolio assessments (the six Rs), TCO models and roadmaps, and present them to executives. Enough hands-on cloud knowledge to be credible; strong spreadsheet and storytelling skills. Apply at example.com/strathmore""",

"""Arncliffe Systems | Cloud Migration Architect (Oracle workloads) | Remote (US) | $160k-$185k
Clients come to us to move Oracle E-Business Suite and big Oracle databases to OCI or AWS. You'll assess licensing, design target architectures, plan cutovers over long weekends, and lead the client's DBAs through it. Deep Oracle background required. Apply at example.com/arncliffe""",

"""Wandsworth Cloud Services | Cloud Support Engineer, 2nd line | London | Onsite, rota | £35k-£42k

We're a managed cloud provider for about 90 UK customers. You'll pick up escalated tickets: virtual machines that won't boot, backup failures, VPN tunnels down, DNS changes, permission requests. Follow runbooks, keep notes tidy, and learn from the 3rd line engineers. Linux and Windows basics, some Azure or AWS exposure. Apply at example.com/wandsworthcloud""",

"""Kinsale Cloud Partners | Data & Analytics Cloud Consultant | Dublin | Hybrid | €65k-€85k
Build analytics platforms for clients on Azure: Synapse or Fabric, Data Factory pipelines, Power BI semantic models, and the security and governance around them. Our clients are mostly pharma and medical device companies. Apply at example.com/kinsale""",

"""Ferriby Group | Cloud Solutions Engineer (Partner channel) | Remote (EU) | €70k-€90k + commission

Ferriby is a cloud distributor. You'll support the resellers who sell our cloud and security products: run enablement workshops, help them design solutions for their end customers, build demos, and join calls where a deal needs technical weight. Travel within Europe about 25%. Apply at example.com/ferriby""",

"""Oxenhope Consulting | AWS Consultant (Early Career) | Leeds | Hybrid | £35k-£42k
A two-year programme for graduates or career changers. You'll get certified (we pay), shadow senior consultants on client migrations and well-architected reviews, then take on your own pieces of client work. Some Linux, Python or networking background expected. Apply at example.com/oxenhope""",

"""Halsworth Digital | Cloud Architect, Healthcare Clients | Remote (US) | $165k-$190k

Design HIPAA-compliant AWS environments for our healthcare clients: clinics, labs, health tech startups. You'll run architecture reviews against the Well-Architected Framework, design multi-account structures, and guide our engineers through delivery. Our clients' own DevOps teams usually take over after go-live, so clear handover docs matter. Apply at example.com/halsworth""",

"""Bellingham Tech Services | Cloud Backup and DR Engineer | Seattle | Hybrid | $95k-$115k
MSP serving law and accounting firms. You'll design and run backup and disaster recovery for clients: Veeam to Azure, Datto appliances, Microsoft 365 backup, and yearly recovery tests where we actually restore the system and prove it works. Apply at example.com/bellingham""",

"""Carnforth Consulting | Multi-cloud Networking Consultant | Remote (UK) | £75k-£90k

Clients with both AWS and Azure come to us when connectivity gets messy. You'll design hub networks, Transit Gateway and Virtual WAN setups, Direct Connect and ExpressRoute, DNS resolution across clouds and on-premises, and firewall placement. Apply at example.com/carnforth""",

"""Marshwood Partners | Salesforce and Cloud Integration Consultant | Chicago | Hybrid | $115k-$135k
Integrate Salesforce with client back-office systems through MuleSoft and cloud functions on AWS. Requirements workshops, integration design, build and test, go-live support. You'll usually be on one client at a time, with a small delivery team around you. Apply at example.com/marshwood""",

"""Rainford Cloud | Cloud Licensing Specialist | Remote (US) | $80k-$95k

Microsoft CSP reseller. Help customers choose the right Microsoft 365 and Azure licences, run true-ups, model the cost of moving Windows Server and SQL Server licences into Azure, and handle renewals with the account managers. Licensing nerds welcome. Apply at example.com/rainford""",
]

# ---------------------------------------------------------------------------------------------
# system administration, IT support, desktop support, Windows and Active Directory, VMware
# ---------------------------------------------------------------------------------------------
SYSADMIN = [
"""Elmstead Architects | IT Systems Administrator | Cambridge | Onsite | £38k-£45k
A 90-person architecture practice with one IT person, who is retiring. You'll look after everything: Windows laptops and high-end CAD workstations, Microsoft 365, a Synology file server with huge Revit models, backups, the printers and plotters, the phones, and the occasional Mac. Practical, patient, good at explaining. Apply at example.com/elmstead""",

"""Penhallow School District | Technology Support Specialist | Hybrid across 6 schools | $52,000-$61,000

- Support teachers and students with Chromebooks, interactive displays and classroom audio
- Manage devices in Google Admin and Intune, image and deploy new laptops each August
- Fix Wi-Fi complaints, projector problems and the copier that hates Mondays
- Keep the ticket queue honest and friendly
Valid driver's licence needed for travel between schools. Apply at example.com/penhallowsd""",

"""Draycott Manufacturing | Windows Systems Administrator | Dayton, OH | Onsite | $80k-$95k
Two plants, one head office, about 600 users. You'll own Active Directory and Group Policy, Windows Server 2019/2022, WSUS and patching, file shares, print servers and our on-premises Exchange until we finally move it. Some PowerShell scripting. On-call one week in five for plant systems. Apply at example.com/draycott""",

"""Gilcrest Law LLP | Desktop Support Technician | New York | Onsite | $65k-$78k

Be the friendly face of IT for 300 lawyers and staff. Laptop setups, docking stations, Outlook and iManage problems, conference room AV before big meetings, and new-starter days. Occasional evenings during trials. A+ helpful; calm under partner pressure essential. Apply at example.com/gilcrest""",

"""Whitmoor Hospitals | VMware Administrator | Sheffield | Hybrid | £45k-£55k
Our clinical systems run on about 900 VMs across two data centres. You'll manage vSphere and vCenter, plan capacity, patch ESXi hosts in agreed windows, look after the storage (Pure and NetApp), and support the move to a new hyperconverged cluster. VCP preferred. Apply at example.com/whitmoor""",

"""Tarleton Accountants | IT Support Analyst (1st/2nd line) | Reading | Onsite | £28k-£33k

Help 150 accountants get through tax season without IT getting in the way. Password resets, software installs, onboarding and leavers, Microsoft 365 admin, phone system tweaks. We'll train you on the rest. Great first or second IT job. Apply at example.com/tarleton""",

"""Glenroy University | Linux Systems Administrator, Research Computing | Hybrid | $75k-$90k
Support researchers on our HPC cluster: user accounts, Slurm queues, software installs with Spack and modules, storage quotas, and helping a chemistry PhD student figure out why their job ran out of memory. RHEL/Rocky, Bash, some Ansible. Apply at example.com/glenroy/hr""",

"""Ashburton Hotels | IT Manager (Hands-on) | Lake District | Onsite | £45k-£52k

Five hotels, one IT manager. Property management system, card terminals, guest Wi-Fi, CCTV, back office PCs, and suppliers to keep honest. You'll drive between sites, fix what breaks and plan what's next. Apply at example.com/ashburton""",

"""Farrowdale Council | Microsoft 365 Administrator | Hybrid | £36k-£42k
Run the council's Microsoft 365 tenant: Exchange Online, Teams, SharePoint permissions, licensing, Intune device policies and retention rules for records management. You'll work with the information governance team on Freedom of Information searches too. Apply at example.com/farrowdale""",

"""Kersey Biotech | IT Systems Engineer | Cambridge, MA | Onsite | $105k-$125k

Support a fast-growing lab: Mac and Windows endpoints in Jamf and Intune, Okta, Google Workspace, lab instrument PCs that can't be patched on a whim, and network closets we're outgrowing. You'll also help validate systems for GxP. Apply at example.com/kersey""",

"""Morwenstow Freight | Systems Administrator (Linux & Windows) | Felixstowe | Hybrid | £42k-£50k
Keep our port operations systems running: Linux servers for the terminal operating system, Windows file and print, Active Directory, Veeam backups, and the handheld scanners the dock crews use. Some scripting in Bash and PowerShell. Apply at example.com/morwenstow""",

"""Alderbrook Medical Group | Help Desk Lead | Raleigh, NC | Onsite | $68k-$80k

Lead four technicians supporting 30 clinics. You'll set priorities, own the escalation path, improve the knowledge base, manage device lifecycles, and be the person clinic managers call when the EHR login fails on a Monday morning. Apply at example.com/alderbrook""",

"""Crossgill Engineering | Infrastructure Administrator | Newcastle | Onsite | £40k-£48k
Manage our Hyper-V cluster, Windows Server estate and Active Directory, backup to tape and cloud, firewalls and VPN for 300 staff. Some help desk cover when the team is short. We're replacing the tape library next year and you'll help choose what comes after it. Apply at example.com/crossgill""",

"""Lowther Studios | Media Systems Administrator | Los Angeles | Onsite | $90k-$110k

Post-production studio. You'll run shared storage for editors (Avid NEXIS, a big NAS), Mac workstations, render nodes, LTO archive, and fast file transfer to clients. Knowing why an editor's timeline stutters is the job. Apply at example.com/lowther""",

"""Teversal Housing | IT Service Desk Analyst | Nottingham | Hybrid | £26k-£30k
Answer calls and tickets from 700 staff, many of them repairs operatives on tablets in the field. Set up devices, reset accounts, log and route problems, and make people feel helped. Apply at example.com/teversal""",

"""Callander & Brandt | Senior Systems Administrator | Zurich | Hybrid | CHF 105k-125k

Private bank, 250 people. Windows Server, Active Directory, Citrix for remote access, VMware, strict change control, and audits twice a year. You'll also mentor a junior colleague. German required. Apply at example.com/callanderbrandt""",

"""Wintringham Retail | Endpoint Engineer | Remote (UK) | £50k-£60k
Own how 5,000 laptops and 1,200 store tills are built, patched and kept compliant. Intune, Autopilot, SCCM for the older estate, PowerShell for everything else. You'll also work with the stores team on how tills get rebuilt overnight when one fails, so a shop opens on time. Apply at example.com/wintringham""",

"""Hexham Valley Credit Union | Network and Systems Administrator | Onsite | $72k-$85k

Small IT team, wide scope. Windows servers, Active Directory, core banking vendor liaison, branch networks, firewall rules, backups and security patching, plus examiner questions. We're a team of three, so everybody covers for everybody. Apply at example.com/hexhamvalley""",

"""Brackley Motorsport | IT Technician, Race Team | Northamptonshire | Onsite + travel | £34k-£40k
Set up and support trackside IT at race weekends: laptops, networks in the garage, comms links back to the factory, and recovery when something fails an hour before qualifying. Weekdays at the factory. Lots of travel. Apply at example.com/brackley""",

"""Rosthwaite Logistics | Citrix and VDI Administrator | Remote (US) | $95k-$110k

Manage Citrix Virtual Apps and Desktops for 2,500 remote dispatchers and office staff. Image management, profile problems, NetScaler gateways, and a planned move to Azure Virtual Desktop. You'll help plan that move and test it with a pilot group first. Apply at example.com/rosthwaite""",

"""Sunnington Care Homes | IT Support Engineer | Hampshire, travelling | £30k-£35k + car
Support 18 care homes: nurse call systems, care planning tablets, staff PCs and Wi-Fi in old buildings with thick walls. Company car provided. Residents come first, so work happens around their routines. Apply at example.com/sunnington""",

"""Millbeck Publishing | Mac Administrator | New York | Hybrid | $85k-$100k

Designers and editors on 400 Macs. You'll manage them with Jamf Pro, package Adobe apps, enforce FileVault and updates, and support font management. Apple certifications a plus. You'll also run the small loan pool of laptops for freelancers. Apply at example.com/millbeck""",

"""Harbury Research | Systems Administrator (Junior) | Oxford | Onsite | £30k-£36k
Join a team of three looking after Linux and Windows servers for a research consultancy. Account admin, patching, backups, monitoring with Zabbix, and learning Ansible from the senior admin. Our DevOps team handles the customer-facing web apps; you handle the office and research systems. Apply at example.com/harbury""",

"""Stainmore Group | IT Operations Analyst | Leeds | Hybrid | £35k-£42k

Keep the plumbing of corporate IT moving: scheduled jobs, overnight batch checks, user provisioning, license reports, asset tracking in ServiceNow, and change records. Detail-oriented people thrive here. You'll report to the IT operations manager and work closely with the service desk. Apply at example.com/stainmore""",

"""Lindale Dental Partners | Field IT Technician | Texas, travelling | $55k-$65k + mileage
Visit our 45 dental offices to install and fix workstations, imaging sensors, X-ray PCs and practice management software. Good with people, comfortable under a desk, willing to drive. Apply at example.com/lindale""",
]

# ---------------------------------------------------------------------------------------------
# network engineering
# ---------------------------------------------------------------------------------------------
NETWORK = [
"""Pendlebury ISP | Network Engineer (BGP) | Manchester | Hybrid | £55k-£70k
Regional fibre broadband provider, 120,000 customers. You'll run our core and peering: BGP sessions with transit providers and at two internet exchanges, route policies, capacity planning for evening peaks, and IPv6 rollout to every customer. Juniper MX and Nokia. JNCIP or equivalent experience. Apply at example.com/pendlebury""",

"""Catterick Retail | Network Engineer, SD-WAN | Remote (US) | $110k-$130k

Connect 400 stores to each other and to the cloud. You'll manage our Fortinet SD-WAN, tune policies so card payments always beat guest Wi-Fi, roll out new stores, and work with carriers when a circuit goes dark. CCNP or NSE certifications welcome. Apply at example.com/catterick""",

"""Ollerton University | Campus Network Engineer | Onsite | £42k-£50k
Wired and wireless for 30,000 students across 60 buildings. Cisco Catalyst switching, Aruba wireless, eduroam, NAC with ClearPass, and a big refresh of halls of residence this summer. Apply at example.com/ollerton""",

"""Stanwick Health | Firewall Engineer | Philadelphia | Hybrid | $105k-$125k

Own our Palo Alto firewalls across two data centres and 40 clinics. Rule reviews, segmentation between clinical devices and everything else, VPN for remote staff, and change requests that come with a good explanation. PCNSE preferred. Apply at example.com/stanwick""",

"""Redesdale Carrier Services | Optical Network Engineer | Denver | Hybrid | $115k-$140k
Design and maintain our DWDM backbone across six states: wavelength planning, amplifier placement, fibre cut response with field crews, and new 400G services for data centre customers. Ciena experience a big plus. Apply at example.com/redesdale""",

"""Kirkby Stadiums | Network Engineer, Venue Wi-Fi | Onsite + event days | £45k-£55k

80,000 fans, all trying to upload the same goal at once. You'll design and run high-density Wi-Fi, the point-of-sale network, broadcast links and ticket scanner connectivity for a stadium and two arenas. Evening and weekend work on event days, time off in lieu. Apply at example.com/kirkby""",

"""Thorsby Trading | Low-Latency Network Engineer | London | Onsite | £100k-£140k + bonus
Shave microseconds off our connections to exchanges. Arista and Cisco Nexus switches, multicast market data, precision time (PTP), cross-connects in colocation, and packet capture analysis. You'll sit next to the traders and hear about it when a link is slow. Apply at example.com/thorsby""",

"""Lydgate Group | Network Architect | Remote (UK) | £85k-£100k

Redesign the network for a group of 12 companies after a decade of acquisitions: overlapping IP ranges, five firewall vendors, MPLS contracts ending next year. You'll produce the target design (SD-WAN, zero-trust access, cloud connectivity), lead the migration plan and guide the engineers. Apply at example.com/lydgate""",

"""Arkholme Council | Network Support Engineer | Hybrid | £32k-£38k
Support the council's network: switches in 40 buildings, Wi-Fi in libraries, VPN, and the links to schools. First and second line network tickets, patching, documentation. Cisco CCNA or working towards it. Flexible working and a generous pension. Apply at example.com/arkholme""",

"""Blencathra Networks | Pre-sales Network Engineer | Remote (EU) | €70k-€85k + commission

Cisco and Juniper reseller. Help sales turn customer problems into solutions: site surveys, bills of materials, high-level designs, proof-of-concept labs and proposal writing. You'll keep your certifications current on company time. Apply at example.com/blencathra""",

"""Cowgill Logistics | Network Engineer (Warehouses) | Columbus, OH | Hybrid | $90k-$108k
Twelve distribution centres where scanners, robots and conveyors all need solid Wi-Fi and wired networks. Meraki and Cisco switching, wireless surveys, VLAN design, and working with automation vendors during new site builds. Travel about 25%. Apply at example.com/cowgill""",

"""Hurstpierpoint Cable | NOC Engineer | Brighton | Onsite, 24/7 rota | £32k-£38k

Watch our access network and customer services from the network operations centre: acknowledge alarms, diagnose faults, dispatch field engineers, and keep customers updated. Shift allowance and full training. Career path into our network engineering team after a year. Apply at example.com/hurstpierpoint""",

"""Malham Federal Systems | Network Engineer, Secure Networks | Virginia | Onsite | $120k-$145k, TS clearance
Design and maintain classified networks: encryption devices, cross-domain links, strict configuration baselines and accreditation paperwork. You'll also support field sites during exercises, with occasional travel. Cisco and Juniper experience required; Security+ needed within six months. Apply at example.com/malham""",

"""Sedbergh Water | OT Network Engineer | Hybrid | £50k-£60k

Networks connecting pumping stations and treatment works: radio telemetry, industrial switches, firewalls between the control network and the office, and planning for 4G and private LTE backhaul. Some call-outs to rural sites; a company vehicle is provided. Apply at example.com/sedbergh""",

"""Mirthwood Hospitality | Network Administrator | Las Vegas | Onsite | $80k-$95k
Two casino resorts: guest Wi-Fi, slot floor networks that gaming regulators inspect, conference centre connectivity, and thousands of switch ports. Cisco, Aruba, and careful change windows. Experience in a regulated environment helps. Apply at example.com/mirthwood""",
]

# ---------------------------------------------------------------------------------------------
# QA and test automation
# ---------------------------------------------------------------------------------------------
QA = [
"""Hatherleigh Banking Apps | QA Automation Engineer (Mobile) | Remote (EU) | €55k-€72k
We build white-label banking apps for credit unions. You'll write and maintain automated UI tests for iOS and Android with Appium and Detox, design test data for accounts and transfers, and do exploratory testing on real devices before each release. Kotlin or TypeScript helpful. Apply at example.com/hatherleigh""",

"""Ravenglass Health | Senior Test Engineer, Medical Devices | Cambridge | Onsite | £55k-£68k

Write and run verification tests for insulin pump software under IEC 62304. You'll trace every test to a requirement, automate what you can in Python, run hardware-in-the-loop rigs, and produce the evidence for regulatory submissions. Meticulous documentation required. Apply at example.com/ravenglass""",

"""Quarndon Software | QA Engineer | Austin, TX | Hybrid | $95k-$115k
Three product squads, one QA engineer each. You'll be embedded in a squad building our scheduling app: plan testing for features, write Playwright tests, catch edge cases in review, and help developers write better unit tests. Our tests run in the CI pipeline the DevOps team maintains; your job is what the tests check. Apply at example.com/quarndon""",

"""Gunnerside Games | QA Tester | Dundee | Onsite | £24k-£28k

Play our upcoming RPG all day, on purpose. Find bugs, write clear reproduction steps, check fixes, and run compliance checks for console certification. Love of games and patience with the same boss fight 40 times. Apply at example.com/gunnerside""",

"""Sorrelby Insurance Systems | Performance Test Engineer | Remote (UK) | £60k-£75k
Before renewal season we need to know the quoting system handles three times normal load. You'll design load tests with k6 and JMeter, model realistic user journeys, analyse bottlenecks with developers, and report results the business understands. Apply at example.com/sorrelby""",

"""Cresswell Automotive | Software Test Engineer, Infotainment | Coventry | Hybrid | £45k-£55k

Test the touchscreen, navigation and phone projection in our next vehicles. Test benches, CAN traces, automated test scripts in Python, and road trips to check reception in the Welsh hills. Apply at example.com/cresswell""",

"""Tunstall Payments | SDET | Toronto | Hybrid | CAD $105k-$125k
Build the test frameworks for our payments API: contract tests, integration tests against card network simulators, and test data generators. Java, JUnit, RestAssured, some Python. You'll pair with developers on test design for every new payment method. Apply at example.com/tunstall""",

"""Aysgarth Learning | QA Analyst (Manual + Automation) | Remote (US) | $75k-$90k

Test our learning platform used by 2 million students: accessibility testing with screen readers, cross-browser checks, regression suites in Cypress, and working with support on bugs teachers report. WCAG knowledge is a big plus. Apply at example.com/aysgarth""",

"""Felbrigg Embedded | Firmware Test Engineer | Munich | Onsite | €65k-€80k
Test firmware for industrial sensors: build automated rigs with Raspberry Pis and relays, write pytest suites that flash devices and check outputs, and run environmental tests in the climate chamber. Apply at example.com/felbrigg""",

"""Pottergate Retail | Test Lead | Norwich | Hybrid | £55k-£65k

Lead testing for our e-commerce replatforming: test strategy, a team of four testers, UAT with the business, defect triage, and go/no-go reports. You'll also coach the team on where automation pays off and where it doesn't. Retail experience welcome. Apply at example.com/pottergate""",

"""Kinnersley Health IT | Clinical Systems Test Analyst | Hybrid | £38k-£45k
Test EHR configuration changes before they reach the wards: order sets, clinical decision support rules, interfaces to lab and pharmacy systems. Clinical background (nursing, pharmacy) useful. Full training on our test tools is provided. Apply at example.com/kinnersley""",

"""Bardsey Labs | Test Automation Engineer (API) | Remote (EU) | €60k-€78k

We sell a logistics API used by 900 shops. You'll build API test suites in TypeScript, contract tests with Pact, synthetic test data for parcels and routes, and make our release checks faster and more trustworthy. Apply at example.com/bardsey""",

"""Cranleigh Gaming | Compliance Test Engineer | Las Vegas | Onsite | $70k-$85k
Test slot machine software against jurisdiction rules before submission to regulators: payout math checks, game history logging, and fault recovery. You'll keep careful records, because regulators read them. Attention to detail matters more than coding, though some Python helps. Apply at example.com/cranleigh""",

"""Wrenbury Data | Data Quality Test Engineer | Remote (US) | $100k-$120k

Test data, not screens. You'll write Great Expectations and dbt tests for our data products, build reconciliation checks between sources and the warehouse, and work with data engineers on test coverage for new pipelines. Apply at example.com/wrenbury""",

"""Lanercost Avionics | Software Verification Engineer | Hampshire | Onsite | £50k-£65k, SC eligible
Verify flight control software to DO-178C: requirements-based tests, structural coverage analysis, test procedures and reviews. You'll work in a small team alongside the developers and independent reviewers, and we'll train you on the standard if you have strong testing experience from another safety-critical field. Apply at example.com/lanercost""",
]

# ---------------------------------------------------------------------------------------------
# database administration
# ---------------------------------------------------------------------------------------------
DBA = [
"""Halesowen Building Society | SQL Server DBA | Birmingham | Hybrid | £55k-£68k
Look after 40 SQL Server instances that hold mortgages and savings accounts. Always On availability groups, backups we test by restoring, index and query tuning, security and auditing, and planned upgrades to SQL Server 2022. You'll work with developers on schema changes and review their T-SQL. Apply at example.com/halesowen""",

"""Carrbridge Systems | Oracle DBA | Remote (US) | $120k-$140k

Our ERP and billing run on Oracle 19c with RAC and Data Guard. You'll handle patching, performance (AWR reports are your reading material), RMAN backups, user and privilege management, and the upgrade plan for 23ai. Apply at example.com/carrbridge""",

"""Fallowfield SaaS | PostgreSQL DBA | Remote (EU) | €70k-€90k
Our product stores 30 TB in Postgres. You'll design partitioning for our biggest tables, tune autovacuum, review migrations from developers before they lock a table for an hour, plan the move to a new major version, and teach the team to read query plans. Apply at example.com/fallowfield""",

"""Dentdale Insurance | Database Administrator | Hartford, CT | Hybrid | $105k-$125k

Mixed estate: SQL Server, Db2 on the mainframe, and a growing Postgres footprint. Backups, refreshes of test environments with masked data, access reviews for auditors, and capacity planning. Some weekend work for maintenance windows, paid back in time. Apply at example.com/dentdale""",

"""Stonethwaite Games | Database Engineer (MySQL) | Montreal | Hybrid | CAD $105k-$125k
Player profiles, inventories and matchmaking history for a game with 5 million monthly players. You'll design schemas with the backend team, shard our largest tables, tune queries, and plan capacity before big content launches. Our SRE team holds the pager for the game servers; you own the data model and the database work behind it. Apply at example.com/stonethwaite""",

"""Threlkeld Health | Epic Clarity / Caboodle DBA | Hybrid | $110k-$130k

Administer the reporting databases behind our EHR: nightly ETL monitoring, Clarity upgrades, SQL Server tuning, and helping report writers with slow queries. Epic certification preferred or obtainable. Fully benefited role. Apply at example.com/threlkeld""",

"""Kentmere Retail | Data Warehouse DBA (Snowflake) | Remote (UK) | £65k-£78k
Administer our Snowflake account: roles and access, warehouse sizing and cost controls, resource monitors, data sharing with suppliers, and query optimisation for the analysts. You'll also help the data engineers set good naming and tagging habits. Apply at example.com/kentmere""",

"""Borrowdale Logistics | MongoDB Database Administrator | Atlanta, GA | Hybrid | $110k-$130k

Our tracking app runs on MongoDB replica sets and a sharded cluster. You'll manage indexes, shard keys, backups, upgrades and security, and advise developers on document design. Mentoring developers is part of the job. Apply at example.com/borrowdale""",

"""Ulpha Trading | Database Developer / DBA (kdb+) | London | Onsite | £90k-£120k
Tick data for equities and futures in kdb+. You'll write q for analytics, tune the tickerplant and historical databases, manage storage growth, and support quants with queries. Strong bonus culture. Apply at example.com/ulpha""",

"""Wasdale Public Records Office | Database Administrator | Onsite | £40k-£46k

Look after the databases behind our digital archive catalogue and document store: PostgreSQL and SQL Server, backups, integrity checks, migrations from a legacy system, and long-term preservation of metadata. Civil service pension. Apply at example.com/wasdale""",
]

# ---------------------------------------------------------------------------------------------
# backend engineers building infrastructure-flavoured products
# ---------------------------------------------------------------------------------------------
INFRA_PRODUCT = [
"""Loamstone DB (YC S22) | Storage Engine Engineer | Remote (US/EU) | $180k-$240k + equity
We're building an open-source time-series database. You'll work on the storage engine: compression codecs, compaction, the write-ahead log, and crash recovery that we test with fault injection. Rust, a love of benchmarks, and understanding of how disks and page caches really behave. Apply at example.com/loamstone""",

"""Hathersage Observability | Backend Engineer, Query Engine | Remote (EU) | €90k-€120k

Hathersage sells a logging and tracing product. Customers send us petabytes of logs and expect search in seconds. You'll work on our columnar query engine: query planning, vectorised execution, and pushing filters down to object storage. Go and Rust. You'll build the product our customers use to watch their systems; your own job is the engine, not watching ours. Apply at example.com/hathersage""",

"""Fernithorpe Edge | Software Engineer, Edge Compute | Remote (US) | $170k-$210k
Our CDN runs customer code at 200 edge locations. You'll build features for that product: a WebAssembly runtime with tight memory limits, a key-value store that replicates globally, and the developer-facing APIs and CLI. Rust and TypeScript. Apply at example.com/fernithorpe""",

"""Tollbar Payments | Backend Engineer, Card Processing | London | Hybrid | £90k-£115k

Write the services that authorise card transactions in under 100 milliseconds: ISO 8583 message handling, scheme connections, idempotent ledger writes, and clearing files. Java and Kotlin, Postgres, Kafka. Correctness beats cleverness here. Apply at example.com/tollbar""",

"""Castlerigg Markets | Low-Latency C++ Engineer | Chicago | Onsite | $200k-$300k + bonus
Build our options trading engine: order gateways, market data handlers, pricing in the hot path. Modern C++, lock-free data structures, kernel bypass networking, and relentless measurement. Every nanosecond is argued about over lunch. Apply at example.com/castlerigg""",

"""Glaramara Research | Distributed Systems Research Engineer | Remote | $170k-$220k

We research consensus protocols and publish. You'll prototype new replication protocols, verify designs in TLA+, run large-scale simulations, and turn results into papers and open-source code. PhD or equivalent research track record. Apply at example.com/glaramara""",

"""Keldholme Data | Backend Engineer, Connectors | Remote (EU) | €75k-€95k
We sell a data integration product. You'll build and maintain source connectors (Salesforce, NetSuite, Postgres CDC), handle schema evolution and rate limits gracefully, and design the framework that lets us ship connectors faster. Python and Java. Apply at example.com/keldholme""",

"""Swarthmoor Queue | Messaging Systems Engineer | Remote (US) | $175k-$215k

We build a managed message broker. You'll work on the broker itself: partition rebalancing, tiered storage to S3, exactly-once delivery semantics, and client libraries. Java or Go, deep interest in distributed logs. Our DevOps team runs the fleet that hosts customer clusters; you write the broker. Apply at example.com/swarthmoor""",

"""Lingmell Metrics | Software Engineer, Agent | Remote (EU) | €70k-€90k
Our monitoring product ships an agent that customers install on their servers. You'll write the agent's collectors (Linux metrics, eBPF-based network stats, container metadata), keep its CPU and memory footprint tiny, and make upgrades safe across thousands of customer machines. Go, Linux internals. Apply at example.com/lingmell""",

"""Highcross Clearing | Ledger Engineer | New York | Hybrid | $180k-$220k

Build the double-entry ledger behind our clearing house: immutable journals, reconciliation against banks, and end-of-day settlement. Strong consistency, audit trails, and tests that cover every money movement. Go, Postgres. Payments background helpful. Apply at example.com/highcross""",

"""Rannerdale Vector | Database Engineer, Indexing | SF | Hybrid | $190k-$240k
We build a vector database. Work on approximate nearest neighbour indexes (HNSW, IVF), filtered search, quantisation, and SIMD-heavy distance functions. C++ or Rust. You'll benchmark against public datasets and publish what you find. Papers welcome, shipped code more so. Apply at example.com/rannerdale""",

"""Blackbeck Identity | Backend Engineer, Auth Product | Remote (US) | $160k-$195k

We sell an authentication API. You'll build features customers integrate: passkeys, SAML and OIDC federation, session management, and rate limiting that stops credential stuffing without blocking real users. Go, Postgres, Redis. Apply at example.com/blackbeck""",

"""Gatesgarth Storage | File Systems Engineer | Boulder, CO | Hybrid | $170k-$210k
Our product is a scale-out file system for genomics and media customers. You'll work on metadata services, client caching and consistency, and NFS/SMB protocol support. C, Rust, Linux kernel interfaces. Apply at example.com/gatesgarth""",

"""Ullock Games Tech | Backend Engineer, Multiplayer Services | Helsinki | Hybrid | €70k-€90k

Build the online services game studios license from us: matchmaking, lobbies, leaderboards and player inventory, designed for launches where a million players arrive in an hour. Go, Redis, Postgres, gRPC. Apply at example.com/ullock""",

"""Seathwaite Compute | Scheduler Engineer | Remote (US) | $180k-$220k
We rent GPUs by the second. You'll build the scheduler that places customer jobs across our fleet: bin packing, preemption policies, fair share, and billing accuracy. Go and Python. This is the product customers pay for. Apply at example.com/seathwaite""",

"""Mardale Search | Search Engine Engineer | Remote (EU) | €85k-€110k

Build features in our hosted search product: typo tolerance, faceting, relevance tuning controls and the indexing pipeline. Rust core, TypeScript dashboard. You'll talk to customers about what search means for their shop, their docs site or their catalogue, and turn that into features. Apply at example.com/mardale""",

"""Eskdale Networks Software | Backend Engineer, Network Controller | Remote (UK) | £80k-£100k
Our SD-WAN product has a cloud controller that manages thousands of customer appliances. You'll build controller features: policy compilation, configuration push with rollback, and telemetry APIs for the customer dashboard. Go, gRPC, Postgres. Apply at example.com/eskdale""",

"""Hardknott Exchange | Matching Engine Engineer | Singapore | Onsite | SGD 180k-240k

Build the order matching engine for a digital asset exchange: deterministic processing, replay from the event log, and throughput in the millions of orders per second. Java or C++, mechanical sympathy. Apply at example.com/hardknott""",

"""Brotherswater Backup | Backend Engineer, Deduplication | Remote (US) | $160k-$190k
Our backup product stores customer data efficiently: content-defined chunking, deduplication indexes, encryption, and restore speed. Go and C. You'll also work on verifying backups so customers know their data can be restored, and on making restores of a single file feel instant. Apply at example.com/brotherswater""",

"""Dockray Analytics DB | Engineer, Distributed Query Execution | Amsterdam | Hybrid | €90k-€120k

Build the distributed execution layer of our analytical database: shuffle, joins across nodes, spilling to disk, and query cancellation. C++. You'll benchmark against the competition and publish the results, even the unflattering ones. Apply at example.com/dockray""",
]

# =============================================================================================
# Part B: long corporate careers-page postings for the hardest neighbours. None is about a
# delivery pipeline for developers, keeping production up as the heart of the job, or an
# internal platform for other engineers.
# =============================================================================================

# ---------------------------------------------------------------------------------------------
# cloud engineers and cloud architects (client work, enterprise IT, cost, end-user computing)
# ---------------------------------------------------------------------------------------------
LONG_CLOUD = [
"""Hollinsclough Consulting | Azure Cloud Architect, Client Delivery | Manchester or Remote (UK) | Permanent

About us
Hollinsclough Consulting is an independent technology consultancy of 450 people with offices in Manchester, Leeds and Glasgow. For twenty years we have helped British organisations modernise how they run their technology: housing associations, universities, regional retailers, charities and parts of the NHS. We are a Microsoft Solutions Partner for Infrastructure and for Security, and most of our cloud work is on Azure.

The role
Our clients usually come to us with a data centre contract that is about to expire and a few hundred servers nobody fully understands. As a Cloud Architect you will lead the technical side of those engagements from the first workshop to the final handover. You'll work out what the client actually runs, design where it should go, and guide a team of three to six consultants while they move it. You will spend much of your time with client stakeholders, so the ability to explain trade-offs to a finance director is as important as knowing how a hub network routes traffic.

What you'll do
- Run discovery workshops and application interviews, and turn what you learn into a migration assessment with costs, risks and a recommended approach for each workload
- Design Azure landing zones based on the Cloud Adoption Framework: management groups, subscriptions, policy, identity, hub-and-spoke networking and connectivity back to the client's offices
- Write high-level and low-level designs that the client's architecture board can approve
- Plan migration waves with the client's application owners and agree cutover windows that suit their business calendar
- Review the Bicep and Terraform written by our consultants for client environments, and step in to write the tricky parts yourself
- Produce cost forecasts and reservation recommendations so there are no surprises after the first bill
- Prepare handover documentation and training so the client's own IT team can look after the estate once we leave
- Contribute to proposals and statements of work for new engagements

What you bring
- Several years designing and delivering Azure environments for more than one organisation
- Solid grounding in Windows Server, Active Directory and hybrid identity with Entra ID
- Good networking knowledge: VPN and ExpressRoute, DNS, routing, firewalls
- Experience with infrastructure as code in Bicep or Terraform
- Confident written and spoken communication, including presenting to senior client staff
- Azure Solutions Architect Expert (AZ-305) or willingness to achieve it within six months

Nice to have
- Experience with Azure Migrate, Azure Site Recovery or third-party migration tools
- Exposure to public sector security frameworks such as Cyber Essentials Plus or the NCSC cloud principles
- Some AWS experience, since a few clients run both

Benefits
- Salary £80,000-£95,000 depending on experience, plus an annual bonus
- 27 days holiday plus bank holidays, and the option to buy five more
- Paid certification exams and two study days per exam
- 8% employer pension contribution
- Private medical cover and an employee assistance programme
- Travel to client sites is paid, with first-class rail for journeys over two hours

Hollinsclough Consulting is an equal opportunity employer. We welcome applications from people of every background and will make reasonable adjustments at any stage of the process; just tell us what you need.

How to apply: send your CV and a short note about a migration you led to careers@example.com, or apply at example.com/hollinsclough/careers.""",

"""Brenchley Industrial Group | Cloud Engineer, Enterprise Applications | Stuttgart or Birmingham | Hybrid

About Brenchley
Brenchley Industrial Group makes hydraulic components for agricultural and construction machinery. We employ 7,200 people across eleven factories in Germany, the UK, Poland and Mexico. Our business runs on SAP, a manufacturing execution system in every plant, and a great many spreadsheets, and over the next three years we are moving our central business systems out of an ageing data centre in Stuttgart and onto Microsoft Azure.

The role
You will join Group IT's enterprise applications infrastructure team, eight people who look after the servers, storage and cloud environments beneath our SAP landscape and other central systems. Your main project is the move of SAP ECC and its surrounding applications to Azure, followed by the conversion to S/4HANA. You'll work with our SAP Basis colleagues, an external systems integrator and the application owners in finance, procurement and logistics. This is a hands-on engineering role in a corporate IT department, with a long project ahead and a clear business goal.

What you'll do
- Build and configure the Azure infrastructure for SAP: certified virtual machine sizes, storage layouts for HANA, proximity placement groups, and backup with Azure Backup for SAP HANA
- Set up and maintain connectivity between the plants, the Stuttgart data centre and Azure, together with our network team
- Automate the build of servers and supporting resources with Terraform and PowerShell so each environment (sandbox, development, quality, production) is built the same way
- Plan and execute migration rehearsals with the integrator, measure downtime and look for ways to shorten it
- Keep an accurate inventory and cost view of the SAP estate in Azure and report monthly to the programme board
- Handle patching, disaster recovery tests and capacity reviews once systems are live, as part of the team's normal rota
- Document everything in our Confluence space in English

What you bring
- Three or more years working with Azure infrastructure in an enterprise setting
- Experience running SAP or other large business systems on Windows or SUSE Linux
- Working knowledge of Terraform, PowerShell and Azure networking
- A methodical approach to change, testing and documentation
- Fluent English; German is an advantage for the Stuttgart location

Nice to have
- Microsoft Azure for SAP Workloads Specialty certification
- Experience with SAP HANA system replication or Azure NetApp Files
- Knowledge of manufacturing or supply chain processes

What we offer
- A salary of €72,000-€86,000 or £62,000-£74,000 depending on location
- 30 days holiday (Germany) or 28 days plus bank holidays (UK)
- Company pension and life insurance
- Two days a week in the office, flexible hours around core time
- A training budget for certifications and SAP courses
- Subsidised canteen at both locations, and a bike leasing scheme

Brenchley is committed to equal opportunities. We consider all applicants without regard to gender, age, ethnicity, religion, disability, sexual orientation or any other characteristic, and we actively encourage women to apply to technical roles.

Apply online at example.com/brenchley/jobs quoting reference GIT-2291.""",

"""Marlcliff Retail Holdings | Cloud Cost Engineer | Remote (UK) with occasional London visits | Full-time

About Marlcliff
Marlcliff owns four fashion and home brands with 310 stores and websites in nine countries. Our technology group of 260 people runs e-commerce, store systems, merchandising, supply chain and finance applications. Most of it now sits in AWS, spread over more than 140 accounts, and our monthly bill has grown faster than our revenue.

The role
We are creating a new role to bring that spend under control and keep it there. As Cloud Cost Engineer you'll sit in the finance technology team, reporting to the Head of IT Finance, and act as the bridge between the people who spend money in the cloud and the people who pay for it. Half of the job is analysis and communication; the other half is hands-on work to make costs visible and to fix waste. You'll partner with our DevOps team on tagging and account structure, but you will not be running infrastructure yourself; your measure of success is a bill that every budget holder understands and can defend.

What you'll do
- Build and maintain cost reporting from the AWS Cost and Usage Report, using Athena and QuickSight, with a clear view by brand, team and product
- Define and enforce a tagging standard and chase the untagged spend down to zero
- Run monthly cost reviews with each technology team and agree actions: idle resources, oversized databases, old snapshots, storage tiering
- Manage our commitment portfolio of Savings Plans and Reserved Instances and forecast coverage
- Create the budget and forecast process for cloud spend with the finance business partners
- Evaluate third-party cost tools and advise whether we need one
- Write a short monthly report for the leadership team in plain English

What you bring
- Two or more years working with AWS billing, cost management or FinOps practice
- Strong SQL and spreadsheet skills
- Enough AWS knowledge to recognise what a resource is for and whether it is oversized
- A good understanding of how budgets and forecasts work in a large company
- Confidence talking to engineers and finance people in their own terms

Nice to have
- FinOps Certified Practitioner
- Python for automating reports
- Experience with Azure or Google Cloud billing

Benefits
- Salary £65,000-£78,000 and an annual bonus linked to company results
- 30% discount across our brands
- 25 days holiday plus bank holidays, and your birthday off
- Pension with up to 7% employer match
- Enhanced parental leave of 26 weeks at full pay for all parents
- Remote working with a home office allowance

Marlcliff believes that the best teams reflect the customers they serve. We are an equal opportunity employer and welcome applicants of all backgrounds. If you need any adjustment to take part in our process, please let us know.

To apply, visit example.com/marlcliff/careers and search for "Cloud Cost Engineer".""",

"""Ashendon Mutual | Cloud Engineer, End User Computing | Leeds | Hybrid, 2 days in office

About Ashendon Mutual
Ashendon Mutual has provided life insurance and pensions to families in the north of England since 1884. We are owned by our members, we employ 2,300 people, and we are in the middle of a long programme to modernise how our colleagues work. Much of that programme is about the tools people use every day.

The role
We are moving 2,300 colleagues from ageing physical desktops and an on-premises Citrix farm to a cloud-based workspace built on Azure Virtual Desktop, Windows 365 and Intune. As Cloud Engineer in the End User Computing team, you'll help design, build and then look after that workspace. Your customers are our claims handlers, contact centre advisers, actuaries and underwriters. You'll care about logon times, printing, Teams call quality and whether the pensions administration system works smoothly inside a virtual desktop.

What you'll do
- Build and maintain Azure Virtual Desktop host pools, golden images and FSLogix profile containers
- Manage Cloud PCs with Windows 365 for colleagues who need a persistent desktop
- Package and deploy applications through Intune and MSIX app attach, working with the application owners to test each one
- Configure conditional access, device compliance and Defender for Endpoint policies with the security team
- Automate routine work, such as image updates and scaling plans, using PowerShell and Azure Automation
- Monitor user experience with Azure Monitor and AVD Insights, and follow up on slow logons and disconnections
- Act as third-line support for the service desk on workspace issues
- Retire the Citrix estate once migration is complete

What you bring
- Experience with Azure Virtual Desktop, Citrix or VMware Horizon in an organisation of over 1,000 users
- Good knowledge of Intune, Entra ID and Windows 10/11 management
- PowerShell scripting
- A patient, user-focused attitude; many of our colleagues are not technical and some have worked here for thirty years
- Understanding of change control in a regulated business

Nice to have
- Microsoft certifications such as AZ-140 or MD-102
- Experience with Nerdio or similar AVD management tools
- Knowledge of accessibility software such as screen readers and dictation tools in virtual desktops

Benefits
- Salary £52,000-£62,000
- Annual bonus scheme
- Defined contribution pension with employer contributions up to 12%
- 28 days holiday plus bank holidays
- Life assurance at four times salary
- Volunteering days and a matched charity giving scheme

We are committed to building a workforce that reflects the communities we serve. Ashendon Mutual is a Disability Confident employer and a signatory of the Women in Finance Charter, and we guarantee an interview to disabled applicants who meet the essential criteria.

Apply at example.com/ashendon/vacancies. Closing date is four weeks from posting.""",
]
LONG_CLOUD += [
"""University of Aldwark | Research Cloud Engineer | Aldwark campus | Hybrid | Grade 7

About the University
The University of Aldwark is a research-intensive university with 24,000 students and 5,000 staff. Our research spans climate science, genomics, humanities data and engineering, and our researchers hold more than £180 million in active grants. Digital Research Services, part of IT Services, supports them with high-performance computing, research data storage and, increasingly, cloud computing.

The role
Researchers are turning to public cloud when our on-premises cluster is full or when their work needs something it cannot offer: large GPU runs, secure environments for sensitive health data, or short-lived projects with collaborators abroad. This role makes that safe, affordable and straightforward. You'll help researchers plan and cost cloud use at grant application stage, set up well-governed project environments on AWS and Azure, and teach them to use those environments well. Your users are scientists and scholars rather than software teams, so you'll spend a good share of your time explaining, documenting and training.

What you'll do
- Advise research groups on cloud options and help them write the costings and data management sections of grant proposals
- Create project accounts and subscriptions with sensible budgets, alerts and guardrails, and close them down cleanly when grants end
- Build and maintain trusted research environments for sensitive data, working with the information governance office
- Set up burst capacity from our Slurm cluster to cloud for large batch workloads
- Write and run workshops on cloud computing for researchers and research software engineers
- Track spend against grant budgets and report to principal investigators every month
- Negotiate with providers on research credits and data egress waivers, alongside procurement

What you bring
- Hands-on experience with AWS or Azure, including identity, networking and cost controls
- Linux administration and scripting in Bash or Python
- Understanding of research workflows, ideally from working in or alongside a research group
- Clear writing and teaching skills
- Degree in a scientific or technical subject, or equivalent experience

Nice to have
- Experience with HPC schedulers such as Slurm
- Familiarity with the Five Safes framework for sensitive data
- Terraform or another infrastructure-as-code tool
- A research background of your own (a PhD is welcome but not required)

What we offer
- Salary £42,000-£49,000 on the university pay scale, with annual increments
- 30 days annual leave plus eight bank holidays and university closure days
- Membership of the Universities Superannuation Scheme
- Flexible and hybrid working; many of the team work from home three days a week
- Access to university sports facilities, nursery and cycle-to-work scheme
- Generous funding to attend research computing conferences

The University of Aldwark is committed to equality, diversity and inclusion. We hold an Athena Swan Silver award and welcome applications from all sections of the community, particularly from groups under-represented in research computing.

Apply online at example.com/aldwark/jobs, reference DRS-0417. Informal enquiries are welcome to the Head of Digital Research Services at drs@example.com.""",

"""Thornleigh Managed Services | Cloud Hosting Architect | Remote (US) | Full-time

About Thornleigh
Thornleigh Managed Services hosts and manages business applications for 600 mid-size organisations across North America: accounting systems, practice management software for law and medical offices, line-of-business databases and the Windows servers they depend on. We have run our own data centres since 2006 and began offering hosting on AWS and Azure four years ago. Today about a third of our customers are in the cloud.

The role
Our customers buy an outcome: their application, hosted and managed, for a monthly fee. As Cloud Hosting Architect you'll design how each customer's environment looks in the cloud and make sure our service team can run it well. You'll work with our sales team before a deal closes, with our onboarding engineers during the move, and with our service managers afterwards. The applications belong to the customers or their software vendors; our job is to give them a secure, well-sized and cost-effective home.

What you'll do
- Meet prospective customers, understand their applications, users and compliance obligations, and design a hosting architecture on AWS or Azure
- Estimate monthly costs and produce the technical schedule for our proposals
- Create standard designs for common applications (for example a 50-user accounting system with remote access) so onboarding becomes repeatable
- Guide onboarding engineers as they build customer environments with our Terraform modules and move data and servers across
- Review designs for security and backup against our service standards and customers' contractual commitments
- Keep our design library current as provider services change
- Train the service desk on new designs before customers go live

What you bring
- Five or more years in infrastructure roles, with at least two designing AWS or Azure environments for customers
- Strong Windows Server, Active Directory and Remote Desktop Services knowledge
- Good understanding of backup, disaster recovery and network security
- Experience estimating cloud costs and explaining them to non-technical buyers
- Ability to write clear, customer-ready design documents

Nice to have
- Experience in a managed service provider or hosting company
- Knowledge of HIPAA or SOC 2 requirements as they apply to hosted systems
- AWS Solutions Architect Professional or Azure Solutions Architect Expert certification
- Familiarity with Terraform

Benefits
- Base salary $135,000-$160,000 plus a bonus tied to customer onboarding targets
- Medical, dental and vision insurance with low premiums
- 401(k) with 5% match
- Four weeks paid time off plus holidays
- Home office stipend and a new laptop of your choice
- Paid certification exams and study time

Thornleigh Managed Services is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.

Apply at example.com/thornleigh/careers.""",

"""St Ethelburga Health Partnership | Cloud Migration Lead, Clinical Applications | Norwich | Hybrid | Band 8a

About us
St Ethelburga Health Partnership provides acute, community and mental health services to 900,000 people across East Anglia. Our digital services team of 190 people supports more than 400 clinical and corporate applications, from the electronic patient record to pharmacy stock control and physiotherapy scheduling.

The role
Our two ageing server rooms must close by 2027. Around half of our applications will move to vendor-hosted services and the rest will move to our Azure tenancy. The Cloud Migration Lead will plan and oversee that work for clinical applications. You'll coordinate suppliers, clinical system owners and our infrastructure engineers, and make sure every move is safe for patients. This is a delivery and design role: you'll be close to the technical work, but much of your success will come from planning, clinical safety paperwork and careful communication with wards and departments.

What you'll do
- Maintain the migration plan for clinical applications, including dependencies, downtime needs and clinical risk
- Work with each system's supplier to agree the target hosting model and the migration method
- Design Azure hosting for applications we keep in-house, with the infrastructure team
- Lead migration rehearsals and cutovers, often out of hours, and run the go/no-go decision with clinical leads
- Complete Data Protection Impact Assessments and DCB0160 clinical safety documentation with the Clinical Safety Officer
- Report progress and risks to the Digital Programme Board each month
- Manage a small team of two infrastructure engineers and an analyst

What you bring
- Experience leading infrastructure or application migrations in a complex organisation
- Solid understanding of Azure infrastructure, Windows Server and SQL Server hosting
- Experience managing suppliers and contracts
- Strong planning and communication skills, including with senior clinicians
- Understanding of information governance in health and care

Nice to have
- Previous NHS or healthcare experience
- Knowledge of HL7 or FHIR integration engines
- PRINCE2 or similar project qualification

What we offer
- Salary £53,755-£60,504 (Agenda for Change Band 8a)
- 27 days annual leave rising to 33 with service, plus bank holidays
- NHS Pension Scheme
- Flexible working and a hybrid pattern agreed with your manager
- Salary sacrifice schemes for cars, bikes and technology
- Access to staff wellbeing services and the NHS discount network

St Ethelburga Health Partnership is committed to equality of opportunity and values diversity in its workforce. We particularly welcome applications from Black, Asian and minority ethnic candidates and disabled candidates, who are under-represented at this level.

Apply through example.com/stethelburga/jobs, reference 318-DIG-0926.""",

"""Northmoor Combined Authority | Principal Cloud Architect | Hybrid | Permanent

About us
Northmoor Combined Authority brings together seven councils to run regional transport, skills funding, economic development and housing investment for 2.1 million residents. Our digital team of 70 people builds and buys services for residents and staff, from concessionary travel passes to grant applications for small businesses.

The role
We have moved most of our systems to Microsoft Azure and a handful of software-as-a-service products. What we lack is a consistent architecture: some services were procured in a hurry during the pandemic, and costs, security controls and data practices vary widely. As Principal Cloud Architect you'll set the standards, guide the choices our projects make, and represent the Authority in shared design work with our member councils. You'll be the technical voice in procurement decisions and a mentor to three architects. This is a strategic role with real influence; it is not a hands-on build role, although you'll need to be credible with engineers and suppliers alike.

What you'll do
- Define and publish our cloud architecture principles, reference designs and hosting standards
- Chair the technical design authority and review project designs against those standards
- Assess software-as-a-service products proposed by service teams for security, data and integration risk
- Lead the technical evaluation in procurements for hosting, managed services and major applications
- Work with the information governance and security leads on data residency, retention and classification
- Agree shared approaches with member councils, such as common identity for staff who work across organisations
- Produce an annual technology roadmap and cost outlook for the digital leadership team
- Coach and develop the three architects in the team

What you bring
- Significant experience as a cloud or enterprise architect, preferably in the public sector
- Deep knowledge of Azure and a good understanding of SaaS and integration patterns
- Experience with procurement frameworks such as G-Cloud and the Digital Outcomes framework
- Ability to write clear standards and persuade people to follow them
- Strong stakeholder management at director level

Nice to have
- TOGAF or similar architecture certification
- Knowledge of the Government Technology Code of Practice and the Cyber Assessment Framework
- Experience of shared services between local authorities

Benefits
- Salary £68,000-£75,000
- Local Government Pension Scheme with a strong employer contribution
- 28 days holiday rising to 33, plus bank holidays
- Flexible working with a hybrid pattern
- Enhanced family leave and a workplace nursery scheme
- Free regional travel pass

Northmoor Combined Authority is an equal opportunities employer. We are a Disability Confident Leader and guarantee an interview to applicants with a disability, care leavers and armed forces veterans who meet the minimum criteria for the role.

Apply at example.com/northmoor/careers. For an informal chat, contact the Chief Digital Officer's office at digital@example.com.""",
]

# ---------------------------------------------------------------------------------------------
# systems engineers (corporate, research, broadcast, retail and clinical IT)
# ---------------------------------------------------------------------------------------------
LONG_SYSTEMS = [
"""Kingsholm Building Society | Systems Engineer, Windows and Virtualisation | Gloucester | Hybrid

About us
Kingsholm Building Society has helped people in the West Country buy homes and save since 1861. We have 46 branches, 1,100 colleagues and more than 400,000 members. We are proud to be mutual: we answer to our members, not shareholders, and we invest what we earn back into better service.

The role
Our technology services team looks after the infrastructure that branches, the contact centre and head office rely on every day. As a Systems Engineer you'll focus on our Windows server estate and the VMware environment it runs on across two data centres. You will plan and carry out upgrades, keep systems patched and secure, and support the projects that change how members bank with us. Most of your users are colleagues in branches and head office, and you will be the third line behind our service desk.

What you'll do
- Build, configure and maintain Windows Server 2019 and 2022 servers and the roles they host, including file, print, DHCP and certificate services
- Manage our vSphere clusters and vCenter, including host upgrades, capacity reviews and storage with our Dell PowerStore arrays
- Look after Active Directory, Group Policy and the hybrid connection to Entra ID
- Plan and deliver the monthly patching cycle with change approval and clear communication to branches
- Maintain backup jobs in Veeam and carry out quarterly restore tests
- Script routine tasks in PowerShell and keep our server documentation accurate
- Take part in the out-of-hours call rota for infrastructure, about one week in six, with a standby payment
- Support project work, such as our move to a new telephony system and the refresh of branch servers

What you bring
- At least three years' experience supporting Windows servers in a business environment
- Hands-on VMware vSphere experience
- Good Active Directory and Group Policy skills
- PowerShell scripting
- Careful approach to change in a regulated environment
- Clear written communication for change records and documentation

Nice to have
- VMware VCP or Microsoft certifications
- Experience with Microsoft Intune or SCCM
- Knowledge of financial services regulation, such as the FCA's operational resilience rules

Benefits
- Salary £45,000-£54,000 depending on experience
- Annual discretionary bonus
- Up to 10% employer pension contribution
- 28 days holiday plus bank holidays, with the option to buy or sell days
- Private medical insurance and a health cash plan
- Preferential mortgage and savings rates for colleagues
- Two paid volunteering days each year

Kingsholm Building Society is an inclusive employer. We welcome applications from everyone and we are happy to talk about flexible working, job sharing and any adjustments you need during the recruitment process.

Apply at example.com/kingsholm/careers. Closing date: 30 days from posting.""",

"""Meridale Weather Service | Linux Systems Engineer, Supercomputing | Reading | Onsite with flexible days

About us
Meridale Weather Service produces forecasts and climate projections for government, aviation, shipping and energy customers. Our forecasts run four times a day on a supercomputer of 6,000 nodes, and our scientists run research experiments on it around the clock. The systems team is responsible for the computers, the storage and the operating systems underneath all of that science.

The role
We are looking for a Linux Systems Engineer to join the team of fourteen that runs our high-performance computing systems. You'll work on the operating system images for compute and login nodes, on the parallel file systems that hold petabytes of model output, and on the tools scientists use to submit and manage their jobs. The role combines hands-on systems work with close collaboration with scientists, and includes preparing for our next supercomputer procurement.

What you'll do
- Maintain compute node and login node images based on RHEL, including kernels, drivers and system libraries
- Administer the Slurm workload manager: partitions, accounting, fair share and reservations for operational forecasts
- Support our Lustre and GPFS file systems: capacity planning, quotas, upgrades and performance investigations
- Install and maintain scientific software stacks with Spack and environment modules
- Help scientists diagnose problems with their jobs, from memory errors to poor parallel scaling
- Write automation in Python and Ansible for node provisioning and configuration
- Take part in acceptance testing of new hardware and contribute to benchmarking for the next procurement
- Share a daytime support rota with colleagues; there is no overnight on-call for this role

What you bring
- Strong Linux system administration experience
- Experience with HPC clusters, batch schedulers and parallel file systems
- Scripting in Python and Bash
- Good troubleshooting skills and patience with users who are experts in a different field
- A degree in a science, engineering or computing subject, or equivalent experience

Nice to have
- Experience with InfiniBand or Slingshot interconnects
- Knowledge of MPI and compilers used in scientific computing
- Familiarity with Ansible or another configuration management tool
- Interest in weather and climate science

Benefits
- Salary £46,000-£56,000
- Civil Service pension scheme with employer contributions of around 27%
- 25 days annual leave rising to 30, plus bank holidays and a privilege day
- Flexible working hours and the option to work from home on some days
- Learning and development budget, including conferences such as Supercomputing and ISC
- On-site gym, restaurant and free parking

Meridale Weather Service values diversity and is committed to equal opportunity. We welcome applicants from all backgrounds, and we offer a guaranteed interview to disabled candidates who meet the minimum criteria.

Apply at example.com/meridale/careers with your CV and a supporting statement.""",

"""Castleford Broadcast Group | Broadcast Systems Engineer | Salford | Onsite, shift pattern

About us
Castleford Broadcast Group operates five television channels and a radio network, reaching eleven million viewers and listeners every week. Our technical centre in Salford plays out our channels, records programmes, handles live sport and news, and delivers content to cable, satellite and streaming partners.

The role
Broadcast engineering now runs on IT: playout servers, IP video networks, media storage and software-based production tools. As a Broadcast Systems Engineer you'll maintain and develop the systems in our technical centre, working on a shift pattern with a team of twelve. You'll support live transmission when needed and spend much of your time on planned work: upgrades, new channel launches, and the move from SDI to SMPTE 2110 video over IP.

What you'll do
- Maintain playout automation, video servers, graphics systems and subtitling equipment
- Configure and support the media network, including multicast routing for 2110 video and PTP timing
- Look after Linux and Windows servers used for ingest, transcoding and media asset management
- Install and commission new equipment and document it thoroughly
- Support outside broadcasts and major live events from the technical centre
- Work with vendors on fault investigations and software updates
- Contribute to projects such as our new regional news studio and the migration of archive material to object storage

What you bring
- Experience in a broadcast engineering or media technology role
- Good knowledge of video and audio signals, formats and standards
- Linux and Windows administration skills
- Understanding of IP networking, ideally including multicast
- Willingness to work shifts, including some nights and weekends

Nice to have
- Experience with SMPTE 2110, NMOS and PTP
- Familiarity with playout systems from major broadcast vendors
- Scripting in Python or PowerShell
- A relevant degree or apprenticeship

Benefits
- Salary £42,000-£50,000 plus shift allowance
- 25 days holiday plus bank holidays, with time off in lieu for bank holiday working
- Pension with up to 8% employer contribution
- Private medical insurance
- Subsidised staff restaurant and on-site parking
- Access to training with broadcast equipment manufacturers

Castleford Broadcast Group is an equal opportunities employer. We want our workforce to reflect the audiences we serve and particularly welcome applications from women and people from ethnic minority backgrounds, who are under-represented in broadcast engineering.

Apply at example.com/castleford/jobs.""",

"""Kenwick Children's Hospital | Senior Systems Engineer, Virtual Desktop and Clinical Access | Onsite and hybrid | Full-time

About us
Kenwick Children's Hospital is a 320-bed paediatric hospital and research institute that treats children from across the region and beyond. Our Information Services department of 140 people supports clinicians, researchers and administrative staff with the technology they need to care for young patients and their families.

The role
Nurses and doctors move between wards, clinics and theatres all day. They need their desktop and clinical applications to follow them quickly and securely, on shared workstations, mobile carts and tablets. As Senior Systems Engineer for virtual desktop and clinical access, you'll own the Citrix environment and the tap-and-go badge access that make that possible. You'll work closely with the electronic health record team, the desktop team and clinical staff. This role suits someone who cares about how technology feels to a busy nurse at 3am.

What you'll do
- Design, maintain and upgrade our Citrix Virtual Apps and Desktops environment for 6,000 users
- Manage single sign-on and badge-tap access on shared clinical workstations
- Build and test images for clinical desktops, including printers, scanners and specialist peripherals
- Work with the EHR team to test and deploy client updates for the electronic health record
- Analyse logon times and session performance and make improvements
- Plan capacity for seasonal peaks and new clinical areas
- Write documentation and train service desk colleagues
- Participate in the infrastructure on-call rotation, roughly one week in eight

What you bring
- Five or more years in systems engineering, with at least three focused on Citrix or VMware Horizon
- Windows Server, Active Directory and Group Policy expertise
- PowerShell scripting
- Experience in healthcare or another environment where downtime affects people directly
- Excellent communication with non-technical users

Nice to have
- Experience with Imprivata or a similar single sign-on product
- Citrix certification
- Knowledge of Epic or Cerner client deployment
- Familiarity with Azure Virtual Desktop

Benefits
- Salary range $105,000-$128,000
- Medical, dental and vision coverage with pediatric benefits for your own children
- 403(b) retirement plan with employer match
- Generous paid time off and paid holidays
- Tuition assistance and professional certification support
- Free parking and discounted meals in the hospital café

Kenwick Children's Hospital is an equal opportunity employer. We do not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, veteran status or any other legally protected characteristic.

Apply online at example.com/kenwickchildrens/careers.""",
]
LONG_SYSTEMS += [
"""Ravensbury Film Archive | Storage and Preservation Systems Engineer | Bradford | Hybrid | Full-time

About us
The Ravensbury Film Archive is a charity that preserves and shares the moving image heritage of the north of England: 180,000 films and videos, from Victorian actuality footage to home movies and regional television news. Every year we digitise thousands of items, and our digital collection has grown past nine petabytes.

The role
Keeping digital files safe for a hundred years is a very different problem from keeping a website online. As Storage and Preservation Systems Engineer you will look after the storage systems that hold the digital collection, the tape libraries that keep copies offsite, and the software that checks every file is still exactly what we saved. You'll work alongside archivists, digitisation technicians and our small IT team, and help plan the next generation of our storage.

What you'll do
- Administer our disk storage and LTO tape libraries, including media migration to newer tape generations
- Run and improve fixity checking so that every file's checksum is verified on a schedule
- Maintain the hierarchical storage management software that moves files between disk and tape
- Manage replication of the collection to our second site and to a cloud archive tier
- Support the digitisation suite's high-speed storage and transfer workflows
- Work with archivists on file format policies and the preservation metadata we keep
- Produce annual reports on storage capacity, media health and costs for the trustees
- Write and maintain Linux scripts and Python tools that automate preservation tasks

What you bring
- Experience administering large-scale storage or backup systems
- Linux administration and scripting skills in Bash or Python
- Understanding of tape technologies and their management
- Careful, methodical working habits
- Interest in archives, film or cultural heritage

Nice to have
- Knowledge of digital preservation standards such as OAIS and PREMIS
- Experience with hierarchical storage management products
- Familiarity with audiovisual file formats and codecs
- Experience with object storage

Benefits
- Salary £38,000-£44,000
- 28 days holiday plus bank holidays and a closure period between Christmas and New Year
- Pension with 8% employer contribution
- Flexible working and a hybrid pattern
- Free access to our screenings and events programme
- A friendly team who will show you footage of your own town from 1912

The Ravensbury Film Archive is committed to equality, diversity and inclusion. We welcome applications from all backgrounds and encourage applicants from communities under-represented in the heritage sector.

To apply, send your CV and a cover letter explaining your interest to recruitment@example.com, or apply via example.com/ravensbury/jobs.""",

"""Ashworth Keane LLP | Systems Engineer, Microsoft Infrastructure | London | Hybrid, 3 days in office

About the firm
Ashworth Keane is an international law firm with 1,400 lawyers in 14 offices across Europe, the Middle East and Asia. We advise on banking, disputes, real estate and corporate transactions. Our IT department of 110 people supports a demanding, always-travelling user base that expects technology to work wherever they are.

The role
We are looking for a Systems Engineer to join our Microsoft infrastructure team. You'll work on the identity, messaging and collaboration systems that every lawyer uses: Active Directory and Entra ID, Exchange Online and our remaining on-premises Exchange servers, Microsoft Teams, and SharePoint. You'll also help deliver a two-year programme to retire our remaining on-premises servers and tighten security across the estate. Discretion matters: our clients' matters are confidential and some are subject to strict information barriers.

What you'll do
- Administer Active Directory, Entra ID and Entra Connect, including the identity lifecycle for joiners, movers and leavers
- Maintain the hybrid Exchange environment and plan its final decommissioning
- Configure and support Microsoft Teams, including voice and meeting room systems
- Implement conditional access, privileged identity management and other security controls with the security team
- Manage ethical wall software that enforces information barriers between client matters
- Automate administration tasks with PowerShell and Microsoft Graph
- Provide third-line support for escalated issues from the global service desk
- Document systems and changes to the standard our auditors expect

What you bring
- Four or more years of experience in Microsoft infrastructure engineering
- Deep Active Directory, Exchange and Microsoft 365 knowledge
- Strong PowerShell skills
- Experience supporting senior, demanding users in a professional services firm or similar
- Excellent attention to detail and communication skills

Nice to have
- Microsoft 365 certifications such as MS-102
- Experience with legal technology such as iManage or Intapp
- Knowledge of ISO 27001 controls

Benefits
- Salary £65,000-£78,000 plus annual bonus
- 25 days holiday plus bank holidays
- Pension with 7% employer contribution
- Private medical and dental insurance
- Life assurance and income protection
- Season ticket loan, gym subsidy and an on-site wellbeing centre

Ashworth Keane is committed to diversity, equity and inclusion in everything we do. We are an equal opportunities employer and welcome applications from candidates of all backgrounds. Please tell us about any adjustments you need.

Apply at example.com/ashworthkeane/careers.""",

"""Pellworth Stores | Store Systems Engineer | Reading | Hybrid with store visits | Full-time

About Pellworth
Pellworth Stores is a grocery chain with 380 supermarkets and convenience stores in southern England, 31,000 colleagues and a loyal customer base that has shopped with us for generations. Every store depends on its technology: tills, self-checkouts, scales, shelf-edge labels, handheld scanners and a small in-store server that ties them together.

The role
The Store Systems team designs and maintains the technology inside our stores. As Store Systems Engineer you'll look after the in-store servers and the software running on them, build and test the configuration for new and refitted stores, and roll out changes safely across hundreds of locations. Your work is measured in queues at the tills and colleagues who can do their jobs, and you'll visit stores regularly to see how things work on the shop floor.

What you'll do
- Maintain the Linux servers in every store and the applications they host, such as price files, till software distribution and stock counting
- Build and test store configurations for new openings and refits
- Plan and deliver software and operating system updates across the estate in phased waves, outside trading hours
- Automate configuration with Ansible and scripts in Python and Bash
- Work with the store support desk on escalated problems and recurring issues
- Support the rollout of new hardware, such as self-checkouts and electronic shelf labels
- Keep asset and configuration records accurate
- Work with suppliers of till and payment software on testing and fault investigation

What you bring
- Experience administering Linux servers, ideally in a distributed environment with many sites
- Scripting skills in Bash or Python
- Experience with Ansible or similar configuration management
- Understanding of networking basics in a retail or branch setting
- A practical, customer-focused approach and a full driving licence

Nice to have
- Retail or hospitality technology experience
- Knowledge of payment terminals and PCI DSS
- Experience with Windows-based point-of-sale systems

Benefits
- Salary £48,000-£56,000 plus car allowance
- Colleague discount of 15% in all our stores
- Annual bonus scheme
- 25 days holiday plus bank holidays, rising with service
- Pension with up to 7% employer contribution
- Share save scheme and discounted gym membership

Pellworth Stores is an equal opportunity employer. We believe our colleagues should reflect the communities we serve and welcome applications from everyone. We will make reasonable adjustments throughout our recruitment process.

Apply at example.com/pellworth/careers.""",
]

# ---------------------------------------------------------------------------------------------
# software engineers on infrastructure-flavoured products
# ---------------------------------------------------------------------------------------------
LONG_BACKEND = [
"""Quartermile Payments | Senior Backend Engineer, Settlement and Ledger | London or Amsterdam | Hybrid

About Quartermile
Quartermile lets marketplaces and software platforms pay out to the people who use them: drivers, hosts, tutors, freelancers. We move more than €30 billion a year across 40 countries and hold e-money licences in the UK and the EU. Our engineering organisation of 220 people is split into product teams, each owning a part of how money moves.

The role
The Settlement and Ledger team owns the source of truth for every balance at Quartermile. When a marketplace collects a payment, splits it, holds some back for refunds and pays the rest out in six currencies, our ledger records each step, and our settlement services make sure the banks agree. As a Senior Backend Engineer you'll design and build those services. The work is about correctness, auditability and clear domain modelling: an unexplained cent is a bug, and we treat it as one.

What you'll do
- Design and build services for double-entry bookkeeping, balance calculation and fund segregation
- Build reconciliation jobs that match our records against bank statements and card scheme reports, and explain every break
- Model new money flows with product managers and finance, such as split payouts and currency conversion
- Write thorough tests, including property-based tests for ledger invariants
- Review designs and code from other engineers and help shape our technical direction
- Work with compliance on reporting for safeguarding audits
- Share on-call duty for the services you build with the rest of the team, typically one week in seven

What you bring
- Significant experience building backend systems in Java, Kotlin or Go
- Strong relational database skills, especially PostgreSQL, including transactions and isolation levels
- Experience with event-driven systems such as Kafka
- An instinct for data integrity and a habit of asking what happens when things fail halfway
- Clear written communication for design documents

Nice to have
- Experience in payments, banking or accounting systems
- Knowledge of ISO 20022, SEPA or card scheme clearing files
- Familiarity with AWS, Docker and Kubernetes as a user of them

Benefits
- Salary £105,000-£130,000 or €110,000-€135,000, plus equity
- 27 days holiday plus bank holidays
- Pension or retirement contributions in line with local practice
- Private health insurance for you and your family
- €2,000 annual learning budget
- Home office set-up allowance and monthly wellbeing allowance

Quartermile is an equal opportunity employer. We hire on merit and welcome people of every background, identity and perspective. If you need adjustments at any stage, email accessibility@example.com and we'll make them.

Apply at example.com/quartermile/careers.""",

"""Bramhope Object Storage | Software Engineer, Storage Nodes | Remote (North America or Europe) | Full-time

About us
Bramhope builds an S3-compatible object storage system that companies run in their own data centres. Hospitals store imaging archives on it, film studios keep their raw footage on it, and research institutes park decades of instrument data. We are a company of 140 people, two thirds of them engineers, and our product holds more than an exabyte of customer data worldwide.

The role
Our storage nodes are where bytes meet disks. You'll join the team that builds the node software: the code that writes erasure-coded fragments to drives, detects and repairs damaged data, balances capacity when customers add new hardware, and serves reads as fast as the hardware allows. You'll write systems code, measure it carefully, and work with customer support when a customer's cluster does something unexpected.

What you'll do
- Design and implement features in the storage node, such as faster rebuilds after a drive failure and support for new high-capacity drives
- Improve the performance of the read and write paths, using profiling, benchmarks and careful reasoning about I/O
- Build tools that verify data integrity at scale
- Write design documents and review those of your colleagues
- Investigate difficult customer issues alongside our support engineers
- Contribute to our test suites, including long-running fault injection tests in our hardware lab

What you bring
- Strong experience writing systems software in C++, Rust or Go
- Good understanding of Linux internals, file systems and block devices
- Familiarity with distributed systems concepts such as replication, consistency and failure detection
- Patience for hard bugs and a preference for evidence over guesses
- Good written English

Nice to have
- Experience with erasure coding or storage engines
- Knowledge of NVMe, SMR drives or io_uring
- Experience working with customer-run, on-premises software

Benefits
- Salary $170,000-$215,000 or €115,000-€145,000 depending on location, plus stock options
- Comprehensive health coverage in line with local norms
- Flexible time off with a minimum of 25 days per year
- Home office budget and annual hardware refresh
- Twice-yearly company gatherings
- Paid parental leave of 20 weeks

Bramhope is committed to equal employment opportunity. We evaluate candidates based on their skills and experience, without regard to race, religion, gender, sexual orientation, age, disability or any other protected characteristic.

Apply at example.com/bramhope/jobs with your CV or a link to your work.""",

"""Stonesfield Telemetry | Senior Software Engineer, Ingest | Remote (US) | Full-time

About Stonesfield
Stonesfield sells an observability product: customers send us logs, metrics and traces from their applications, and we help them find out what went wrong and why. More than 3,000 companies use us, from startups to large retailers, and we ingest about 40 petabytes a month. We're a company of 400 people, and engineering is our biggest department.

The role
The Ingest team builds the front door of our product: the services that receive customer data over OTLP, HTTP and our own agent protocol, parse and enrich it, apply customer-defined rules, and write it to our storage tier. It is a product team, with a product manager and a designer, and customers feel every decision we make. Our SRE group runs production and the shared infrastructure beneath it, while you'll be building features customers pay for: new data sources, smarter sampling, and pipeline rules customers can configure in the UI.

What you'll do
- Design and build high-throughput ingest services in Go
- Add support for new data formats and protocols, including OpenTelemetry semantic conventions
- Build customer-configurable processing: parsing rules, attribute enrichment, sampling and routing
- Work with product managers and designers on how customers manage their pipelines in our UI
- Optimise CPU and memory usage of the ingest path, which directly affects our gross margin
- Write design documents, review code and mentor other engineers
- Talk to customers about what they need and how they use the product

What you bring
- Several years of backend engineering experience, ideally in Go, Rust or Java
- Experience building high-throughput data processing systems
- Good understanding of networking protocols and serialisation formats
- Strong testing habits and an eye for performance
- Interest in the problems our customers face

Nice to have
- Experience with OpenTelemetry, Kafka or columnar storage formats
- Experience at an observability, analytics or database company
- Familiarity with Kubernetes from an application developer's perspective

Benefits
- Salary $180,000-$225,000 plus equity
- Medical, dental and vision insurance, with 100% of premiums covered for employees
- 401(k) with 4% match
- Unlimited paid time off with a 20-day recommended minimum
- 16 weeks paid parental leave
- $1,500 annual learning budget and home office stipend

Stonesfield is an equal opportunity employer and values diversity. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status or disability status.

Apply at example.com/stonesfield/careers.""",

"""Larkhill Communications | Backend Engineer, Messaging API | Dublin | Hybrid | Full-time

About Larkhill
Larkhill provides a messaging API that businesses use to send text messages, WhatsApp messages and voice calls to their customers. Banks use us for one-time passcodes, delivery companies for arrival updates, and clinics for appointment reminders. We connect to more than 600 mobile networks and send over a billion messages each month.

The role
You'll join one of our API product teams, working on the services that accept messages from customers, choose the best route to each mobile network, and report delivery back. The problems are interesting: carriers behave differently, regulations vary by country, and customers care about cost and delivery speed in different ways. You'll build features, improve routing logic and work with our carrier relations team on new connections.

What you'll do
- Build and maintain backend services in Java and Kotlin for message submission, routing and delivery reporting
- Implement protocols such as SMPP and carrier-specific HTTP APIs
- Improve routing algorithms that balance cost, delivery rate and latency
- Build features for customers, such as message scheduling, templates and sender ID registration
- Work with compliance colleagues on country-specific rules such as opt-out handling and sender registration
- Write tests and monitoring for your own features
- Collaborate with product managers and customer-facing teams on priorities

What you bring
- Three or more years building backend services in Java, Kotlin or a similar language
- Experience with relational databases and message queues
- Good understanding of HTTP APIs and distributed systems basics
- Willingness to learn an unusual domain full of acronyms
- Team-oriented and communicative

Nice to have
- Telecoms experience, especially SMPP or SS7
- Experience with Kafka and Redis
- Experience in a high-volume API business

Benefits
- Salary €75,000-€95,000 plus stock options
- 25 days holiday plus public holidays
- Pension contribution of 6%
- Private health insurance with family cover
- Hybrid working with a lovely office near the Grand Canal
- Learning budget and conference attendance

Larkhill Communications is an equal opportunity employer. We welcome applicants of all backgrounds and are committed to a fair and inclusive hiring process. Let us know if you need any accommodations.

Apply at example.com/larkhill/careers.""",
]
LONG_BACKEND += [
"""Tarnbeck Data | Database Engineer, Replication | Remote (Europe) | Full-time

About Tarnbeck
Tarnbeck develops an open-source distributed SQL database compatible with PostgreSQL. Companies use it when a single Postgres server is no longer enough but they don't want to give up SQL, transactions or their existing tools. Our open-source project has thousands of contributors and our commercial offering serves 700 customers. We are 180 people across 22 countries.

The role
The Replication team owns how data moves between nodes and regions: consensus-based replication of data ranges, follower reads, change data capture, and replication across regions for customers with global users. You'll work on the database's core, in C and Go, and on the research and testing that make us confident it is correct. Our engineers publish design documents openly and discuss them with the community.

What you'll do
- Design and implement improvements to our Raft-based replication layer
- Build features such as bounded-staleness reads and logical replication to external systems
- Write deterministic simulation tests and Jepsen-style tests that expose edge cases
- Profile and optimise replication throughput and latency under realistic workloads
- Review community contributions and help new contributors
- Write and present design documents and, sometimes, conference talks

What you bring
- Strong systems programming experience in C, C++, Go or Rust
- Solid understanding of distributed consensus and consistency models
- Experience working on a database, storage system or other complex distributed system
- Rigorous testing habits
- Comfort working in public, open-source development

Nice to have
- Contributions to PostgreSQL or another open-source database
- Experience with formal methods such as TLA+
- Publications in distributed systems or databases

Benefits
- Salary €110,000-€150,000 depending on experience and location, plus stock options
- Flexible working hours in a fully remote company
- 30 days paid time off plus local public holidays
- Health insurance contributions in line with local norms
- Annual company offsite and team meetups
- Conference budget, including speaking support

Tarnbeck is an equal opportunity employer. We value diverse perspectives and welcome applications from people of all backgrounds, including those from communities under-represented in database engineering. We are happy to accommodate any needs during the interview process.

Apply at example.com/tarnbeck/careers.""",

"""Haverigg Edge Networks | Software Engineer, Image and Media Delivery | Remote (US or Canada) | Full-time

About Haverigg
Haverigg runs a content delivery network with 180 locations around the world. Retailers, publishers and streaming services use us to make their websites and apps faster for visitors everywhere. We are a public company of 1,800 people, and our product teams build the features customers configure in our dashboard and API.

The role
The Image and Media Delivery team builds features that transform images and video at the edge: resizing, format conversion to AVIF and WebP, smart cropping, and adaptive bitrate packaging for video. Customers set these up once and we apply them billions of times a day. You'll design and build new capabilities, tune their performance on our edge servers, and work with the product manager on what customers need next.

What you'll do
- Build image and video transformation features in Rust and C++
- Design customer-facing configuration in our API and dashboard, with the product and design team
- Optimise transformation speed and output quality, balancing CPU cost against file size
- Build caching strategies for transformed variants
- Write thorough tests, including visual comparisons of image output
- Work with solutions engineers on customer requests and edge cases

What you bring
- Strong experience in Rust, C++ or similar systems languages
- Experience with image or video processing libraries and codecs
- Understanding of HTTP, caching headers and content negotiation
- A careful, performance-minded approach to code
- Clear communication in a remote team

Nice to have
- Experience at a CDN, media company or browser vendor
- Knowledge of WebAssembly
- Familiarity with perceptual quality metrics such as SSIM or VMAF

Benefits
- Salary $165,000-$205,000 (US) or CAD $160,000-$195,000, plus restricted stock units
- Employee stock purchase plan
- Comprehensive medical, dental and vision coverage
- 401(k) or RRSP matching
- Flexible vacation and a company-wide winter break
- Home office and internet stipend

Haverigg Edge Networks is an equal opportunity employer. Employment decisions are made without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, veteran status or any other protected status.

Apply at example.com/haverigg/careers.""",

"""Whitbarrow Securities | Software Engineer, Post-Trade Risk Systems | New York | Hybrid, 3 days in office

About Whitbarrow
Whitbarrow Securities is a broker-dealer and clearing firm serving hedge funds, asset managers and proprietary trading firms. We clear trades in equities, options and futures, and our risk systems calculate margin and exposure for every client throughout the trading day.

The role
Our Post-Trade Risk Systems team builds the software that calculates client margin, monitors exposure and produces the reports our risk managers and regulators depend on. You'll work closely with risk managers and quantitative analysts, turning their models into fast, correct and auditable software. This is a software engineering role inside a financial business: you'll learn a great deal about derivatives, and the quality of your code directly affects how much risk the firm takes.

What you'll do
- Design and build services in Java and Python that compute margin and risk metrics for clients
- Integrate pricing models from our quantitative team and make them run efficiently at scale
- Build intraday processing that recalculates exposure as trades and prices change
- Develop regulatory reports for the SEC, FINRA and the clearing houses
- Create tools and dashboards that help risk managers investigate client positions
- Write clear tests and documentation, as our systems are audited
- Work with traders, risk managers and operations staff to understand requirements

What you bring
- Four or more years of software engineering experience in Java, C# or Python
- Strong SQL and experience with relational databases
- Interest in financial markets and willingness to learn derivatives
- Solid understanding of numerical precision and performance
- Good communication skills for working with non-engineers

Nice to have
- Experience with options pricing, margin methodologies or risk systems
- Knowledge of kdb+, Kafka or in-memory data grids
- A degree in computer science, mathematics or a related field

Benefits
- Base salary $175,000-$220,000 plus discretionary annual bonus
- Comprehensive health, dental and vision coverage
- 401(k) with generous employer contribution
- 25 days paid time off
- Commuter benefits and a subsidised lunch programme
- Tuition reimbursement and support for industry certifications

Whitbarrow Securities is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, national origin, age, disability, sexual orientation, gender identity or veteran status.

Apply at example.com/whitbarrow/careers.""",

"""Voltmere Charging | Backend Engineer, Charger Network | Oslo or Remote (Nordics) | Full-time

About Voltmere
Voltmere operates 9,000 electric vehicle chargers across Norway, Sweden and Denmark, at supermarkets, hotels and motorway stops. Drivers start charging through our app or a card, and site owners see usage and revenue in our portal. We're 160 people, and our engineering team of 45 builds all of our software.

The role
Every charger talks to our backend using the Open Charge Point Protocol, sending status, meter values and session events, and receiving commands such as starting a session or changing a price. You'll join the Charger Network team that owns this connection and the services around it. The work is a mix of protocol engineering, backend development and close cooperation with hardware partners. When a new charger model arrives, you'll help make it a good citizen of our network.

What you'll do
- Build and maintain the OCPP backend in Kotlin, supporting versions 1.6 and 2.0.1
- Develop features such as smart charging, where we balance power between chargers at a site with limited capacity
- Implement remote firmware updates and configuration management for chargers
- Build integrations with roaming hubs so drivers from other networks can charge with us
- Work with hardware vendors to test and certify new charger models
- Build the data flows that feed billing and site-owner reporting
- Write thorough tests, including protocol simulators

What you bring
- Three or more years of backend development in Kotlin, Java or a similar language
- Experience with WebSockets or other long-lived connection protocols
- Good relational database skills
- Curiosity about hardware and the energy sector
- A collaborative way of working

Nice to have
- Experience with OCPP, OCPI or ISO 15118
- Knowledge of energy markets or load management
- Norwegian, Swedish or Danish

Benefits
- Salary NOK 850,000-1,050,000 plus stock options
- Five weeks holiday plus public holidays
- Pension contribution of 7%
- Free charging for your own electric car at our stations
- Flexible hours and hybrid work
- Parental leave top-up and a generous health insurance plan

Voltmere welcomes applicants from all backgrounds and is committed to equal opportunity. We assess candidates on skills and potential and are happy to adapt our interview process to your needs.

Apply at example.com/voltmere/jobs.""",
]

# ---------------------------------------------------------------------------------------------
# data engineers (lakehouse, streaming, analytics, clinical, geospatial)
# ---------------------------------------------------------------------------------------------
LONG_DATA = [
"""Penrith Mutual Insurance | Senior Data Engineer, Claims and Underwriting Data | Carlisle or Remote (UK) | Full-time

About us
Penrith Mutual insures farms, rural businesses and country homes across the UK. We have 210,000 policyholders, 900 colleagues and a long history of paying claims fairly. Our data and analytics function of 40 people supports pricing, underwriting, claims and finance, and we are three years into replacing our old reporting systems with a modern data estate on Azure and Databricks.

The role
As a Senior Data Engineer you'll lead the engineering work for claims and underwriting data. That means building reliable, well-documented data pipelines from our policy administration and claims systems into our lakehouse, and shaping curated data products that actuaries, underwriters and claims managers can use without needing to know how the source systems work. You'll guide two data engineers and work side by side with analysts and data scientists.

What you'll do
- Design and build ingestion pipelines from our policy and claims systems using Azure Data Factory and Databricks
- Model curated data products for claims, exposure and underwriting, with clear definitions agreed with the business
- Implement data quality rules and monitoring, and make data issues visible to the people who own them
- Establish engineering standards for the data team: code review, testing, documentation and version control
- Work with the data governance lead on lineage, access control and data retention in Unity Catalog
- Support the pricing team's move from desktop tools to Databricks
- Mentor two data engineers and contribute to hiring

What you bring
- Significant experience as a data engineer, including leading pieces of work
- Strong SQL and Python, including PySpark
- Experience with Databricks or a comparable lakehouse technology
- Data modelling experience for analytics, such as dimensional modelling
- Ability to explain technical choices to non-technical colleagues

Nice to have
- Insurance or financial services experience
- Experience with dbt
- Familiarity with Terraform for managing data resources
- Knowledge of Solvency II or IFRS 17 reporting requirements

Benefits
- Salary £70,000-£82,000 plus annual bonus
- 27 days holiday plus bank holidays
- Pension with employer contribution of up to 10%
- Private medical insurance and income protection
- Remote-first working with a monthly team day in Carlisle, travel paid
- Discounts on our insurance products

Penrith Mutual is an equal opportunity employer. We value the diverse experiences people bring and welcome applications from every background. If you need adjustments during the application process, please let our recruitment team know.

Apply at example.com/penrithmutual/careers.""",
]
LONG_DATA += [
"""Gorsedale Home & Garden | Data Engineer, Customer and Trading Data | Nottingham | Hybrid | Full-time

About Gorsedale
Gorsedale is one of the UK's largest home and garden retailers, with 190 stores, a busy website and a mobile app. We employ 14,000 people. Our data team sits in the Digital and Data directorate and serves trading, marketing, supply chain and store operations teams who make decisions every day about what to stock, where and at what price.

The role
We are rebuilding our customer and trading data on Snowflake and dbt after many years on an on-premises warehouse. As a Data Engineer you'll build the pipelines and models that bring sales, loyalty, web and stock data together. You'll work with analysts and product owners to understand what decisions the data supports, and you'll take pride in data that is accurate, timely and explained.

What you'll do
- Build batch and near-real-time ingestion from our point-of-sale, e-commerce and stock systems using Fivetran, Kafka connectors and Python
- Develop dbt models for sales, margin, customer and product data, with tests and documentation
- Work with analysts to design data marts for trading and marketing dashboards in Power BI
- Implement data quality monitoring and alerting on key tables
- Help migrate reports and processes away from the legacy warehouse
- Contribute to team standards for naming, testing and code review
- Take part in sprint planning and retrospectives with your squad

What you bring
- Two or more years' experience as a data engineer or analytics engineer
- Strong SQL and good Python
- Experience with a cloud data warehouse such as Snowflake, BigQuery or Redshift
- Experience with dbt or a similar transformation tool
- A curious, collaborative approach and care for data quality

Nice to have
- Retail data experience
- Experience with Kafka or other streaming tools
- Familiarity with Airflow or Dagster orchestration
- Knowledge of data privacy and consent management

Benefits
- Salary £50,000-£60,000
- 20% colleague discount in store and online
- Annual bonus scheme
- 25 days holiday plus bank holidays, rising to 28
- Pension with up to 6% employer matching
- Hybrid working, with our Nottingham support centre two days a week

Gorsedale is proud to be an equal opportunity employer. We welcome applications from all backgrounds and encourage people who may not meet every requirement to apply anyway. Reasonable adjustments are available throughout our process.

Apply at example.com/gorsedale/careers.""",

"""Eskmeals Telecom | Senior Data Engineer, Network Analytics | Remote (Spain or Portugal) | Full-time

About Eskmeals
Eskmeals Telecom provides mobile and fibre services to six million customers in Spain and Portugal. Our network analytics team helps network planners and customer care understand how the network performs from the customer's point of view: where calls drop, where video stalls, and which neighbourhoods need a new cell site.

The role
Our mobile network produces enormous volumes of data: call records, cell performance counters and signalling events from tens of thousands of cell sites. As a Senior Data Engineer you will build the streaming and batch pipelines that process this data and produce network quality indicators for planners and engineers. You'll work with radio engineers, data scientists and BI developers. The job is about data, not about running the network itself.

What you'll do
- Build and maintain streaming pipelines with Kafka and Flink to process network events in near real time
- Design batch processing in Spark for daily and monthly quality indicators
- Model data in our lakehouse using Apache Iceberg tables on object storage
- Build geospatial aggregations that map network quality to postcodes and neighbourhoods
- Optimise jobs for cost and speed as data volumes grow
- Work with data scientists to prepare features for churn and network planning models
- Document data sets and their meaning for business users

What you bring
- Significant experience as a data engineer working with large data volumes
- Strong skills in Scala, Java or Python, and SQL
- Hands-on experience with Kafka and Spark; Flink is a plus
- Understanding of data modelling and table formats such as Iceberg or Delta Lake
- Good communication in English; Spanish or Portuguese helpful

Nice to have
- Telecom network data experience
- Geospatial processing experience with H3 or PostGIS
- Experience running data workloads on Kubernetes as a user

Benefits
- Salary €60,000-€75,000 plus annual bonus
- Fully remote within Spain or Portugal, with quarterly meetups in Madrid or Lisbon
- Private health insurance for you and your family
- Flexible compensation plan, including meal and transport benefits
- Mobile and fibre services at no cost
- Training budget and language classes

Eskmeals Telecom is committed to equal opportunities and to a diverse, inclusive workplace. We evaluate candidates without regard to gender, age, origin, disability, sexual orientation or any other personal circumstance.

Apply at example.com/eskmeals/jobs.""",

"""Yarrowby Health Network | Analytics Engineer, Population Health | Minneapolis, MN | Hybrid | Full-time

About Yarrowby
Yarrowby Health Network is a nonprofit system of five hospitals and 70 clinics serving Minnesota and western Wisconsin. We are moving from fee-for-service toward value-based care, which means we need to understand the health of the whole population we serve, not just the patients who walk in the door.

The role
The Population Health Analytics team builds the data and reports that care managers, physicians and leaders use to close care gaps and manage costs. As Analytics Engineer you'll turn raw EHR, claims and social needs data into trusted models in our Snowflake warehouse, so that a measure like "diabetic patients with a recent eye exam" means the same thing in every report. You'll sit between data engineers and analysts, and you'll work closely with clinical quality leaders.

What you'll do
- Develop and maintain dbt models for patients, encounters, quality measures and attributed populations
- Translate quality measure specifications, such as HEDIS, into tested, documented SQL
- Build semantic layers that power Tableau dashboards for care teams
- Partner with data engineers on source data quality and ingestion
- Validate results with clinical leaders and resolve discrepancies
- Document definitions and lineage so analysts and leaders can trust the numbers
- Support regulatory and payer reporting deadlines

What you bring
- Three or more years in analytics engineering, data engineering or BI development
- Expert SQL and experience with dbt
- Experience with healthcare data, such as EHR or claims
- Attention to detail and a commitment to data accuracy
- Ability to communicate with clinical and non-technical colleagues

Nice to have
- Experience with Epic Clarity or Caboodle
- Knowledge of HEDIS or CMS quality measures
- Python for data validation and automation

Benefits
- Salary $105,000-$130,000
- Medical, dental and vision coverage
- 403(b) with employer match
- Paid time off that grows with tenure
- Tuition reimbursement and student loan assistance
- Hybrid work with flexible scheduling

Yarrowby Health Network is an equal opportunity employer. We celebrate diversity and are committed to an inclusive environment for all employees, patients and communities.

Apply at example.com/yarrowby/careers.""",
]
LONG_DATA += [
"""Altrincham Clinical Research | Data Engineer, Clinical Trial Data | Manchester or Raleigh, NC | Hybrid | Full-time

About us
Altrincham Clinical Research is a contract research organisation that runs clinical trials for pharmaceutical and biotech companies. We manage trials in oncology, rare diseases and vaccines across 35 countries, and our 3,400 colleagues include clinical scientists, statisticians, data managers and technologists.

The role
Every trial generates data from many sources: electronic case report forms, central laboratories, imaging vendors, patient diaries and wearable devices. Our data engineering team brings it together so that data managers can clean it, statisticians can analyse it and sponsors can see how their trial is progressing. As a Data Engineer you'll build and validate pipelines in a regulated environment, where documentation and traceability matter as much as the code.

What you'll do
- Build pipelines that ingest trial data from electronic data capture systems, laboratories and device vendors
- Transform data into CDISC SDTM structures used in regulatory submissions
- Implement automated data checks that flag missing or inconsistent records for data managers
- Produce data sets for study dashboards and sponsor reporting
- Write and execute validation documentation in line with GxP and 21 CFR Part 11
- Work with study teams to onboard new trials and data sources
- Contribute to reusable components that make each new study faster to set up

What you bring
- Experience as a data engineer, ideally in life sciences or another regulated industry
- Strong Python and SQL
- Experience with cloud data services on AWS or Azure
- Understanding of data validation and documentation practices
- Careful attention to detail

Nice to have
- Knowledge of CDISC standards such as SDTM and ADaM
- Experience with SAS or R
- Experience with Airflow or a similar orchestration tool
- Familiarity with clinical trial processes

Benefits
- Salary £55,000-£68,000 (UK) or $110,000-$135,000 (US)
- Annual bonus
- 25 days holiday plus bank holidays (UK) or generous PTO (US)
- Pension or 401(k) with employer contributions
- Private medical insurance
- Career development programmes and a clear technical career ladder

Altrincham Clinical Research is an equal opportunity employer. We believe diverse teams run better trials, and we welcome applicants of every background, including people with lived experience of the conditions we study.

Apply at example.com/altrincham/careers.""",

"""Radio Caldermoor | Data Engineer, Audience Data | Leeds | Hybrid | Fixed term 24 months

About us
Radio Caldermoor is a public service broadcaster for the north of England, with four radio stations, a streaming app and podcasts listened to by three million people a week. We are funded by the public and answerable to our audiences, so understanding what they value is central to what we do.

The role
Our audience research team wants to understand listening habits across broadcast, streaming and podcasts, while respecting listeners' privacy. As Data Engineer you'll build the data pipelines and models that bring together streaming logs, app analytics, podcast downloads and survey results. You'll work with audience researchers, editors and our small data science team. This is a two-year role funded as part of a digital transformation programme, with a strong chance of extension.

What you'll do
- Build pipelines that ingest streaming server logs, app events and podcast host data into Google BigQuery
- Model listening sessions, reach and time spent in a consistent way across platforms
- Implement privacy protections such as aggregation thresholds and pseudonymisation
- Build data sets for Looker dashboards used by editors and managers
- Automate the monthly audience report for the board
- Document data definitions and help colleagues interpret them correctly

What you bring
- Experience as a data engineer or analytics engineer
- Strong SQL and Python
- Experience with BigQuery or a similar cloud warehouse
- Understanding of data protection and privacy principles
- Ability to explain data clearly to non-specialists

Nice to have
- Experience with media or audience data
- Familiarity with dbt and Dataform
- Experience with event tracking in mobile apps

Benefits
- Salary £44,000-£50,000
- 27 days holiday plus bank holidays
- Defined contribution pension with 10% employer contribution
- Flexible working, including compressed hours
- Staff development programme and access to our training academy
- A workplace where you'll hear your work in the news bulletins

Radio Caldermoor is an equal opportunities employer. We welcome applicants from all backgrounds and particularly encourage applications from people who are disabled, from ethnic minority backgrounds, or from working-class backgrounds, who are under-represented in the media industry.

Apply at example.com/caldermoor/jobs.""",

"""Thurstaston Water | Geospatial Data Engineer | Warrington | Hybrid | Full-time

About us
Thurstaston Water supplies drinking water and treats wastewater for 3.4 million people in the north west of England. Our network includes 42,000 kilometres of water mains, 32,000 kilometres of sewers and hundreds of treatment works and pumping stations. We are investing heavily to reduce leakage and pollution, and data is central to that effort.

The role
Our asset data describes where every pipe is, what it is made of, when it was laid and what has happened to it since. As Geospatial Data Engineer you'll bring that data together with sensor readings, repair records and environmental data so engineers can plan which mains to replace and where to look for leaks. You'll work in the Asset Intelligence team alongside asset planners, hydraulic modellers and data scientists.

What you'll do
- Build pipelines that combine GIS asset data, work order history and telemetry in our Azure data estate
- Develop spatial data models and processing workflows using PostGIS, GeoPandas and Databricks
- Build data sets for leakage detection and pipe failure prediction models
- Improve data quality in our asset records, working with field teams to correct errors
- Publish map-based data products for planners through ArcGIS Enterprise
- Support regulatory reporting to Ofwat and the Environment Agency
- Document data lineage and definitions

What you bring
- Experience as a data engineer or GIS developer
- Strong Python and SQL, including spatial SQL
- Experience with GIS tools such as ArcGIS or QGIS
- Understanding of data modelling and data quality practices
- Interest in infrastructure and the environment

Nice to have
- Utility or infrastructure sector experience
- Experience with Databricks or Spark
- Knowledge of hydraulic modelling or network analysis

Benefits
- Salary £48,000-£58,000
- Annual bonus scheme
- 26 days holiday plus bank holidays, with the option to buy more
- Defined contribution pension with up to 12% employer contribution
- Private medical insurance
- Volunteering days and employee networks

Thurstaston Water is committed to equality, diversity and inclusion. We welcome applications from everyone and are proud to be a Disability Confident employer. We offer flexible working and reasonable adjustments throughout the recruitment process.

Apply at example.com/thurstaston/careers.""",
]

# ---------------------------------------------------------------------------------------------
# network and security engineers
# ---------------------------------------------------------------------------------------------
LONG_NETSEC = [
"""Haddington Freight Group | Senior Network Engineer, WAN and Sites | Coventry | Hybrid with site travel

About us
Haddington Freight Group moves goods by road, rail and sea for manufacturers and retailers across Europe. We operate 85 depots, warehouses and cross-dock sites, and our 11,000 colleagues rely on a network that connects scanners, weighbridges, transport management systems and offices.

The role
Our network has grown through acquisitions and now includes four different WAN providers, two firewall vendors and a mix of switching generations. As Senior Network Engineer you'll lead the move to a single SD-WAN design across all sites and take ownership of the wide area network once it is done. You'll work with our network architect, two network engineers and the site services team who install equipment in our depots.

What you'll do
- Design and deploy SD-WAN across 85 sites, including standard site templates and migration plans
- Manage relationships with circuit providers and resolve circuit faults with them
- Maintain routing, including BGP with providers and OSPF internally
- Configure and support Cisco and Aruba switching and wireless in warehouses
- Plan site network builds for new depots, from design to commissioning
- Review and improve network documentation, diagrams and IP address management
- Provide third-line network support to the service desk and mentor junior engineers
- Travel to sites for surveys and installations, about two days a month

What you bring
- Several years of experience in enterprise network engineering
- Hands-on SD-WAN deployment experience, ideally with Fortinet, Cisco or VMware
- Strong routing and switching knowledge, including BGP and OSPF
- Experience with wireless networks in industrial or warehouse environments
- CCNP or equivalent knowledge
- A full driving licence

Nice to have
- Experience with network automation in Python or Ansible
- Knowledge of firewall management at scale
- Logistics or manufacturing industry background

Benefits
- Salary £60,000-£70,000 plus car allowance
- 25 days holiday plus bank holidays
- Pension with up to 8% employer matching
- Private medical insurance
- Life assurance at four times salary
- Professional training and certification support

Haddington Freight Group is an equal opportunity employer. We welcome applications from all backgrounds and we are committed to making reasonable adjustments for candidates who need them.

Apply at example.com/haddington/careers.""",

"""Lowesby Pharmaceuticals | Network Security Engineer | Cambridge, MA | Hybrid | Full-time

About Lowesby
Lowesby Pharmaceuticals discovers and develops medicines for rare neurological diseases. We employ 1,900 people across research sites in Massachusetts and Switzerland, a manufacturing plant in Ireland, and commercial offices in eleven countries. Our research data and manufacturing systems are valuable targets, and protecting them is a priority for the board.

The role
As Network Security Engineer you'll design, implement and maintain the controls that protect our networks: firewalls, secure web gateways, remote access and network segmentation. You'll work in the Information Security team with colleagues in identity, security operations and risk, and closely with the network team in IT infrastructure. A significant part of this role is segmenting laboratory and manufacturing networks where instruments and control systems run old software that cannot be patched easily.

What you'll do
- Manage Palo Alto Networks firewalls and Panorama across all sites, including rule reviews and clean-up
- Operate and improve our Zscaler deployment for secure internet and private application access
- Design and implement segmentation for laboratory instruments and manufacturing systems, working with scientists and plant engineers
- Support network access control with Cisco ISE
- Review network changes for security impact
- Support security investigations with network data and firewall logs
- Contribute to audits and regulatory inspections, such as GxP computer system validation

What you bring
- Five or more years in network security engineering
- Deep experience with next-generation firewalls, ideally Palo Alto Networks
- Experience with secure access service edge or zero trust products such as Zscaler
- Solid networking fundamentals, including routing, VLANs and VPNs
- Good documentation habits and comfort working under change control

Nice to have
- PCNSE, CCNP Security or similar certifications
- Experience with operational technology security and standards such as IEC 62443
- Experience in pharmaceutical or other regulated industries
- Scripting in Python for automation

Benefits
- Salary $140,000-$170,000 plus annual bonus and equity
- Medical, dental and vision coverage with low employee contributions
- 401(k) with 6% match
- Generous paid time off and a company-wide summer shutdown week
- Tuition reimbursement and professional development funds
- Commuter benefits and on-site fitness centre

Lowesby Pharmaceuticals is an equal opportunity employer. We are committed to building an inclusive culture and welcome applications from people of all backgrounds, including those with disabilities and veterans.

Apply at example.com/lowesby/careers.""",

"""Farleton Bank | Cloud Security Engineer | Toronto | Hybrid, 3 days in office

About Farleton
Farleton Bank is a Canadian bank serving 2.5 million personal and business customers through branches, digital banking and a wealth management arm. We are moving many of our workloads to Microsoft Azure and AWS, under the eye of our regulators, and security is built into that programme from the start.

The role
As a Cloud Security Engineer in the Cyber Security division, you'll make sure our cloud environments meet the bank's security standards and regulatory expectations. You'll define security controls, implement them as policy and detection rules, assess new cloud services before teams can use them, and work with application teams to fix findings. Your work protects customer data and gives our regulators confidence in how we use the cloud.

What you'll do
- Define cloud security standards for identity, networking, encryption, logging and data protection
- Implement preventive controls with Azure Policy, AWS Service Control Policies and Config rules
- Operate our cloud security posture management tool and prioritise findings by real risk
- Assess new cloud services and architecture designs for security before approval
- Build detection rules for cloud activity with the security operations centre
- Support internal audit and regulatory reviews with evidence and explanation
- Coach application teams on secure design and help them remediate issues

What you bring
- Four or more years in information security, with at least two focused on Azure or AWS
- Strong knowledge of cloud identity, networking and encryption services
- Experience with cloud security posture management and policy-as-code
- Ability to read Terraform and understand infrastructure configurations
- Excellent written communication, including for audit evidence

Nice to have
- Certifications such as AZ-500, AWS Security Specialty or CCSP
- Experience in financial services and knowledge of OSFI guidelines
- Scripting in Python or PowerShell

Benefits
- Salary CAD $125,000-$150,000 plus annual incentive
- Defined benefit pension plan
- Comprehensive health, dental and vision coverage
- Employee banking benefits and share purchase plan
- Three weeks vacation to start, plus personal days
- Professional development and certification support

Farleton Bank is committed to diversity and inclusion and to providing an accessible recruitment process. We welcome applications from Indigenous peoples, racialized people, persons with disabilities, women and 2SLGBTQ+ people. Accommodations are available on request.

Apply at example.com/farleton/careers.""",
]
LONG_NETSEC += [
"""Sentinelhurst Security Services | Security Operations Centre Team Lead | Belfast | Onsite, rotating shifts

About us
Sentinelhurst provides managed detection and response to 240 organisations across the UK and Ireland: councils, schools, manufacturers, charities and mid-size companies who can't run their own security operations centre. Our analysts watch over their endpoints, email, identity systems and cloud services around the clock.

The role
As SOC Team Lead you'll lead a shift team of eight analysts. You'll make sure alerts are handled well and on time, coach analysts through investigations, and be the senior voice when a client faces a real attack. You'll also help shape how our SOC works: which detections we build, how we write up findings and how we talk to clients. This is a leadership role in security operations for our clients, with plenty of hands-on investigation.

What you'll do
- Lead a shift team of analysts, including rota planning, one-to-ones and performance reviews
- Review investigations and escalations for quality and accuracy
- Lead the response for serious client security incidents, coordinating with the client and our incident response consultants
- Tune detections in Microsoft Sentinel and our EDR platforms to reduce noise
- Develop playbooks and automations in our SOAR tool
- Contribute to monthly service reviews with key clients
- Help recruit and train new analysts, including our graduate programme

What you bring
- Several years of experience in a security operations centre, including at least one year leading or mentoring others
- Strong investigation skills across endpoint, identity, email and cloud telemetry
- Experience with Microsoft Sentinel, Defender XDR, Splunk or similar tools
- Knowledge of attacker techniques and the MITRE ATT&CK framework
- Calm, clear communication under pressure

Nice to have
- Certifications such as GCIH, GCIA or SC-200
- Scripting in KQL, Python or PowerShell
- Experience in a managed security service provider

Benefits
- Salary £52,000-£60,000 plus shift allowance
- 25 days holiday plus bank holidays
- Pension with 6% employer contribution
- Private health insurance
- Fully funded certifications and training time
- Free breakfast and a quiet room for night shifts

Sentinelhurst is an equal opportunities employer. We believe a diverse team makes better security decisions and we welcome applications from everyone, including career changers and people without degrees.

Apply at example.com/sentinelhurst/careers.""",

"""Colbeck Data Centres | Network Engineer, Data Centre Fabric | Slough | Onsite | Full-time

About Colbeck
Colbeck operates six colocation data centres around London and Frankfurt. Banks, content providers, cloud providers and carriers house their equipment with us and connect to each other through our interconnection fabric and our internet exchange points. Our network is our product: customers buy cross-connects, cloud on-ramps and virtual connections between sites.

The role
As Network Engineer, Data Centre Fabric, you'll design, build and maintain the network that links our sites and delivers connectivity services to customers. You'll work with our product team on new services, with our field engineers who install cross-connects, and with customer engineers when they connect to us. The job includes real design work on our EVPN-VXLAN fabric and our metro optical network between sites.

What you'll do
- Maintain and extend our EVPN-VXLAN fabric built on Arista and Juniper equipment
- Provision customer services such as virtual cross-connects and cloud on-ramps through our automation tools
- Plan capacity across our metro network and order new optical links
- Support customer turn-ups and diagnose connectivity issues with customer engineers
- Contribute to network automation in Python, including our service provisioning code
- Keep network documentation and inventory accurate
- Take part in planned maintenance windows and the network team's call-out rota

What you bring
- Experience as a network engineer in a data centre, service provider or carrier environment
- Strong knowledge of BGP, EVPN and VXLAN
- Experience with Arista, Juniper or Cisco data centre switching
- Scripting skills in Python
- A methodical approach to change and good communication with customers

Nice to have
- Experience with internet exchange points or peering
- Knowledge of DWDM and metro optical networks
- Certifications such as JNCIP-DC, CCNP Data Center or Arista ACE

Benefits
- Salary £65,000-£78,000 plus call-out payments
- Annual bonus
- 25 days holiday plus bank holidays
- Pension with 8% employer contribution
- Private medical and dental insurance
- Training budget and lab equipment for learning

Colbeck Data Centres is an equal opportunity employer. We are committed to diversity and inclusion and welcome applications from all backgrounds. Please tell us if you need any adjustments during the process.

Apply at example.com/colbeck/careers.""",

"""University of Linthwaite | Identity and Access Management Engineer | Hybrid | Grade 8

About the University
The University of Linthwaite is home to 32,000 students and 6,500 staff, with campuses in two cities and partner institutions overseas. Our IT Services department of 260 people supports teaching, research and administration, and identity sits at the heart of everything: every student, lecturer and visiting researcher needs the right access, at the right time, and no more.

The role
Our identity systems are a mix of long-established on-premises tools and newer cloud services. As IAM Engineer you'll help modernise them, with a focus on automating account lifecycles, strengthening authentication and making access reviews meaningful. You'll work with the student records, HR and research offices, and with colleagues in cyber security. Students arrive by the thousands each September, so much of the work is about making processes reliable at scale.

What you'll do
- Maintain and develop identity lifecycle automation between our student records system, HR system and Entra ID
- Manage single sign-on for more than 300 applications using SAML and OpenID Connect, including federation through eduGAIN
- Lead the rollout of phishing-resistant multi-factor authentication for staff
- Implement role-based access and automated access reviews for sensitive systems
- Support guest and visitor access for research collaborations
- Write PowerShell and Python automation and keep documentation up to date
- Provide third-line support for identity issues

What you bring
- Experience in identity and access management engineering in a large organisation
- Strong knowledge of Active Directory, Entra ID and federation protocols
- Scripting in PowerShell or Python
- Understanding of identity governance and access review processes
- Good communication skills with technical and non-technical colleagues

Nice to have
- Experience with Shibboleth or other federated identity in higher education
- Experience with identity governance products
- Microsoft identity certifications

What we offer
- Salary £48,000-£56,000 on the university pay scale
- 30 days holiday plus bank holidays and university closure days
- Universities Superannuation Scheme pension
- Flexible and hybrid working
- Staff development opportunities, including funded qualifications
- On-campus nursery, sports centre and cycle-to-work scheme

The University of Linthwaite values equality, diversity and inclusion and welcomes applications from all sections of the community. We are a Disability Confident employer and offer interviews to disabled applicants who meet the essential criteria.

Apply at example.com/linthwaite/jobs.""",

"""Elterwater Airport | Senior Wireless and Network Engineer | Onsite | Full-time

About Elterwater Airport
Elterwater Airport handles 14 million passengers a year on routes to 120 destinations. Behind every check-in, bag drop and boarding gate is a network shared by airlines, ground handlers, retailers, border agencies and our own operational staff.

The role
As Senior Wireless and Network Engineer you'll be responsible for the airport's wireless networks and the campus network that supports them. That includes passenger Wi-Fi in the terminals, operational Wi-Fi for baggage handlers and ground staff, and the private LTE network we are introducing for vehicles on the airfield. You'll work closely with airlines, tenants and our own operations teams, and you'll plan and deliver network changes around a terminal that never sleeps.

What you'll do
- Design and maintain wireless networks across terminals, piers, baggage halls and airside buildings
- Lead the rollout of private LTE for airside vehicles and handheld devices
- Maintain campus switching and routing, including segmentation for tenants and airlines
- Carry out wireless surveys and capacity planning ahead of terminal changes
- Work with tenants and airlines to connect their systems securely
- Plan network changes during quiet overnight periods with operations teams
- Mentor two network engineers and work with our suppliers and contractors

What you bring
- Extensive experience with enterprise wireless design and deployment, ideally in high-density venues
- Strong campus networking knowledge, including VLANs, routing and network access control
- Experience with Cisco or Aruba wireless and switching
- Excellent stakeholder management with external organisations
- Ability to pass airside security vetting and obtain an airside pass

Nice to have
- Experience with private LTE or 5G
- Wireless certifications such as CWNE or CWDP
- Experience in airports, stadiums or transport hubs

Benefits
- Salary £62,000-£72,000
- 27 days holiday plus bank holidays
- Pension with employer contribution of up to 10%
- Free staff parking and discounts at airport shops and restaurants
- Discounted travel and an employee assistance programme
- Training and certification support

Elterwater Airport is an equal opportunity employer. We welcome applications from all backgrounds and will make reasonable adjustments for candidates who need them at any stage.

Apply at example.com/elterwater/careers.""",
]

# ---------------------------------------------------------------------------------------------
# IT operations managers and IT service leaders
# ---------------------------------------------------------------------------------------------
LONG_ITOPS = [
"""Garsdale Precision Engineering | IT Operations Manager | Derby | Onsite with hybrid flexibility

About Garsdale
Garsdale Precision Engineering machines high-tolerance parts for aerospace, rail and energy customers. We employ 1,350 people across four factories in the East Midlands and one in Poland. Our factories run around the clock, and computer-controlled machining centres, quality inspection systems and our ERP all depend on IT.

The role
As IT Operations Manager you'll lead the team that runs day-to-day IT across the group: the service desk, desktop and field support, and infrastructure. You'll manage fourteen people, several suppliers and a budget of around £2.8 million. You'll report to the Group IT Director and act as her deputy. This is a people and service leadership role: you'll make sure colleagues on the shop floor and in the office get fast, friendly help, and that our infrastructure is well maintained and ready for the group's growth.

What you'll do
- Lead and develop the service desk, field support and infrastructure teams
- Own service levels, reporting and continual improvement in line with ITIL practices
- Manage suppliers for networks, printing, telephony and managed security services
- Plan and control the operations budget, including hardware refresh cycles
- Oversee the IT aspects of new factory lines, office moves and acquisitions
- Work with the information security manager on patching, backups and Cyber Essentials Plus certification
- Build relationships with factory managers and understand how IT affects production
- Lead major IT problem reviews and make sure lessons turn into action

What you bring
- Proven experience leading IT operations or service delivery teams
- Broad technical understanding of Windows, Microsoft 365, networks and virtualisation
- Experience managing suppliers, contracts and budgets
- Knowledge of ITIL service management
- Strong communication skills, from the shop floor to the boardroom

Nice to have
- Manufacturing or engineering industry experience
- Experience with operational technology in factories
- ITIL 4 certification

Benefits
- Salary £68,000-£76,000 plus bonus and car allowance
- 25 days holiday plus bank holidays
- Pension with up to 8% employer contribution
- Private medical insurance for you and your family
- Life assurance and income protection
- Subsidised canteen and free parking

Garsdale Precision Engineering is an equal opportunities employer. We welcome applications from people of all backgrounds and are committed to making reasonable adjustments throughout the recruitment process.

Apply at example.com/garsdale/careers.""",

"""Harbourlight Housing | Head of IT Service Delivery | Hybrid | Permanent

About Harbourlight
Harbourlight Housing is a charity that provides 14,000 affordable homes and supported housing services across the south coast of England. Our 1,200 colleagues include housing officers, repairs operatives, support workers and care staff. Many of them work in the community, in tenants' homes and in our supported schemes, so they depend on mobile devices and cloud applications wherever they are.

The role
As Head of IT Service Delivery you'll lead the teams that support our colleagues' technology day to day: the service desk, end user computing and IT operations. You'll have 18 people in your teams, and you'll work alongside the heads of digital products and data. Your priorities are a service desk that colleagues rate highly, devices that work for people in the field, and a steady move of our remaining on-premises systems to cloud services.

What you'll do
- Lead, develop and motivate three team leaders and their teams
- Set and report on service standards that matter to colleagues, including satisfaction and first-contact resolution
- Improve processes for requests, changes and problems, using ServiceNow
- Lead the rollout of new mobile devices and field working tools for repairs operatives
- Manage key suppliers, including our managed network and telephony provider
- Oversee our cloud migration programme and the decommissioning of our server room
- Work with the information security lead to maintain Cyber Essentials Plus and protect tenant data
- Manage the IT operations budget and contribute to the IT strategy

What you bring
- Significant experience leading IT service delivery or IT operations teams
- Strong knowledge of service management practices
- Experience with Microsoft 365, Intune and cloud-based services
- Experience managing suppliers and budgets
- Commitment to the social purpose of housing

Nice to have
- Housing, charity or public sector experience
- ITIL or service management qualifications
- Experience improving services for mobile and frontline staff

Benefits
- Salary £70,000-£78,000
- 28 days holiday plus bank holidays, rising with service
- Pension with up to 9% employer contribution
- Flexible and hybrid working
- Health cash plan and employee assistance programme
- Volunteering days with our community projects

Harbourlight Housing is committed to equality, diversity and inclusion. We encourage applications from people with lived experience of housing need and from under-represented groups. We guarantee an interview to disabled candidates who meet the essential criteria.

Apply at example.com/harbourlight/jobs.""",

"""Redmire Academies Trust | IT Infrastructure and Operations Manager | Hybrid, based in York | Permanent, full year

About the Trust
Redmire Academies Trust is a family of 19 primary and secondary schools across North Yorkshire, educating 11,000 children and young people and employing 1,600 staff. We centralised our IT two years ago and now run a single team that supports every school.

The role
As IT Infrastructure and Operations Manager you'll lead our central IT team of twelve technicians and engineers. You'll make sure teachers and pupils have reliable devices, networks and systems, and that school data is kept safe. You'll plan our infrastructure roadmap, manage the budget and suppliers, and be a visible, approachable presence in schools. You'll report to the Chief Operating Officer.

What you'll do
- Lead and develop the IT team, including rotas across schools and holiday project planning
- Own the trust's network, Wi-Fi, servers, Microsoft 365 and Google Workspace for Education environments
- Plan and deliver the summer holiday programme of device refreshes, network upgrades and migrations
- Manage the IT budget, contracts and procurement in line with public sector rules
- Work with the data protection officer on security and safeguarding requirements, including web filtering and monitoring
- Support school leaders with technology for teaching and learning
- Maintain an asset register and lifecycle plan for 9,000 devices
- Report to trustees on IT risks and performance

What you bring
- Experience leading IT teams, ideally in education or another multi-site organisation
- Broad technical knowledge of networks, Microsoft and Google environments and device management
- Experience with budgets, procurement and supplier management
- Understanding of safeguarding and data protection in schools, or a willingness to learn quickly
- A full driving licence for travel between schools

Nice to have
- Experience with Intune, Google Admin and classroom technologies
- Knowledge of the Department for Education digital and technology standards
- Relevant ITIL or management qualifications

Benefits
- Salary £55,000-£61,000
- Local Government Pension Scheme
- 30 days holiday plus bank holidays
- Mileage allowance for school visits
- Employee assistance programme and wellbeing support
- Cycle-to-work and technology purchase schemes

Redmire Academies Trust is committed to safeguarding and promoting the welfare of children. This post is subject to an enhanced DBS check. We are an equal opportunities employer and welcome applications from all backgrounds.

Apply at example.com/redmire/vacancies.""",
]
LONG_ITOPS += [
"""Cartmel Coast Hotels | IT Operations Manager | Kendal head office with travel to hotels | Full-time

About us
Cartmel Coast Hotels owns and runs 22 hotels, spas and inns across Cumbria, Lancashire and the Scottish Borders. We welcome more than 600,000 guests a year and employ 2,400 people, many of them seasonal. Our guests expect technology to be invisible: check-in is quick, the Wi-Fi works in every room and the card machine at the bar never refuses a payment.

The role
As IT Operations Manager you'll lead a team of seven who support every hotel and our head office. You'll keep property management, point-of-sale, guest Wi-Fi and back-office systems running well, and you'll plan improvements that make life easier for hotel teams. You'll spend around two days a week visiting hotels. You'll report to the Finance and Operations Director, and work closely with hotel general managers.

What you'll do
- Lead the IT support team and set priorities across hotels and head office
- Manage relationships with suppliers for property management, point-of-sale, Wi-Fi and telephony
- Plan and deliver technology for hotel refurbishments and new openings
- Maintain PCI DSS compliance for card payments across all properties
- Oversee onboarding and leaving processes for seasonal staff, including accounts and devices
- Manage the IT budget and asset register
- Improve the service desk and build a knowledge base that hotel staff can use themselves
- Develop a three-year technology roadmap with the leadership team

What you bring
- Experience managing IT operations across multiple sites
- Good technical knowledge of networks, Wi-Fi, Microsoft 365 and point-of-sale systems
- Supplier and budget management experience
- A friendly, practical approach and strong communication skills
- A full driving licence

Nice to have
- Hospitality industry experience
- Knowledge of hotel property management systems
- Experience with PCI DSS assessments

Benefits
- Salary £55,000-£62,000 plus company car
- 28 days holiday including bank holidays, rising with service
- Pension with employer contribution
- Free stays at our hotels and discounted food and spa treatments for you and your family
- Employee assistance programme
- Training and development support

Cartmel Coast Hotels is an equal opportunity employer. We welcome applicants from all backgrounds and will make reasonable adjustments during the recruitment process if you need them.

Apply at example.com/cartmelcoast/careers.""",

"""Pemberton Ashby Accountants | End User Services Manager | Birmingham | Hybrid | Full-time

About us
Pemberton Ashby is a top-twenty UK accountancy and advisory firm with 3,100 people in 24 offices. We audit public and private companies, advise on tax and help businesses through deals and restructurings. Our people work at clients' premises, at home and in our offices, and their laptop is their office.

The role
As End User Services Manager you'll own the experience every colleague has with their technology: laptops, phones, printing, meeting rooms and the service desk that supports them. You'll lead 22 people across the service desk, desktop engineering and local IT support in our offices. You'll drive improvements in device management and self-service, and be the person partners and office managers turn to when something isn't working for their people.

What you'll do
- Lead the service desk, desktop engineering and office support teams
- Own the device strategy for laptops and mobile phones, including Intune and Autopilot provisioning
- Manage the annual refresh of 1,000 laptops and the onboarding of 400 graduate trainees each September
- Improve self-service and knowledge management in our IT service portal
- Manage meeting room technology and the rollout of new collaboration tools
- Work with the security team on endpoint protection and compliance
- Track and report on service performance and colleague satisfaction
- Manage suppliers and the end user services budget

What you bring
- Experience leading end user computing or IT service teams in a professional services firm or similar
- Strong knowledge of Microsoft 365, Intune and Windows device management
- Experience of large device rollouts and onboarding programmes
- Excellent people leadership and stakeholder management skills
- A customer-focused approach

Nice to have
- ITIL 4 certification
- Experience with digital employee experience tools
- Knowledge of professional standards around data protection for client information

Benefits
- Salary £68,000-£78,000 plus annual bonus
- 25 days holiday plus bank holidays, with the option to buy more
- Pension with 6% employer contribution
- Private medical insurance and life assurance
- Flexible benefits including dental, gym and travel insurance
- Paid volunteering and study support

Pemberton Ashby is committed to being an inclusive employer. We welcome applications from people of all backgrounds, and we offer flexible working patterns for all roles.

Apply at example.com/pembertonashby/careers.""",

"""City of Wrexby Council | IT Operations Manager | Hybrid | Permanent

About us
The City of Wrexby Council provides services to 420,000 residents, from bin collections and libraries to social care and housing. Our digital and IT service of 140 people supports 7,000 staff in offices, depots, schools and care settings, and a growing set of online services that residents use every day.

The role
As IT Operations Manager you'll lead the teams that run the council's core technology: data centres and hosting, networks, Microsoft 365 and end user devices, and the IT service desk. You'll manage four team leaders and around 45 staff. You'll make sure services are dependable and cost-effective, lead the operational side of our move to cloud hosting, and make sure IT supports the council's priorities. You'll report to the Head of Digital and IT.

What you'll do
- Lead, motivate and develop the IT operations teams
- Own service performance, change management and problem management processes
- Oversee hosting, including the migration of remaining on-premises services to cloud providers
- Manage major contracts, including networks, telephony and printing
- Work with the cyber security team to meet the Public Services Network and Cyber Assessment Framework requirements
- Develop IT business continuity and disaster recovery plans with service areas
- Manage the IT operations budget and contribute to savings targets
- Engage with service directors to understand their needs and plan IT support for change programmes

What you bring
- Proven experience leading IT operations in a large, complex organisation
- Broad knowledge of infrastructure, networks, cloud and end user computing
- Experience managing large contracts and budgets
- Strong leadership and communication skills
- Understanding of public sector governance

Nice to have
- Local government experience
- ITIL or similar service management qualifications
- Experience leading cloud migrations

Benefits
- Salary £64,000-£71,000
- Local Government Pension Scheme
- 28 days holiday rising to 33, plus bank holidays
- Flexible working and hybrid options
- Staff discounts on leisure centres and public transport
- Wellbeing support and employee networks

The City of Wrexby Council is an equal opportunities employer. We welcome applications from all sections of the community and are committed to a workforce that reflects the city we serve. We are a Disability Confident Leader.

Apply at example.com/wrexbycouncil/jobs.""",
]

# ---------------------------------------------------------------------------------------------
# solutions architects and solutions engineers
# ---------------------------------------------------------------------------------------------
LONG_SOLUTIONS = [
"""Quarrendon Analytics | Solutions Architect, Pre-sales | London or Remote (UK) | Full-time

About Quarrendon
Quarrendon makes analytics software that helps retailers and consumer goods companies plan assortments, prices and promotions. More than 120 brands and retailers in 30 countries use our product to decide what to sell, where and at what price. We are growing fast in Europe and North America and our sales team is expanding with us.

The role
As a Solutions Architect you'll be the technical partner to our account executives. You'll learn each prospect's business and data, show them how Quarrendon would fit into their world, and design the solution that our implementation team will later deliver. You'll run demonstrations and proofs of concept, answer security and architecture questions, and write the technical parts of proposals. You will not be coding production software; you'll be shaping deals and making sure we only promise what we can deliver.

What you'll do
- Lead discovery sessions with prospects to understand their planning processes, data sources and IT landscape
- Deliver tailored demonstrations of our product to business and technical audiences
- Design integrations with customers' ERP, point-of-sale and data warehouse systems
- Run proofs of concept using sample customer data
- Answer security questionnaires and architecture reviews with support from our security team
- Write solution designs and effort estimates for proposals
- Feed customer needs back to product management

What you bring
- Experience in a pre-sales, solutions architecture or consulting role for a software company
- Good understanding of data integration, data warehouses and APIs
- Comfort with SQL and cloud data platforms such as Snowflake or Azure
- Excellent presentation and communication skills
- Commercial awareness and the ability to manage several opportunities at once

Nice to have
- Experience in retail or consumer goods
- Knowledge of pricing, merchandising or supply chain planning
- Experience with security reviews and compliance frameworks such as ISO 27001

Benefits
- Base salary £85,000-£100,000 plus variable compensation
- Share options
- 25 days holiday plus bank holidays
- Pension with 5% employer contribution
- Private medical insurance
- Travel to customers across Europe

Quarrendon is an equal opportunity employer. We welcome people from every background and are committed to creating a workplace where everyone can do their best work.

Apply at example.com/quarrendon/careers.""",

"""Tidebrook Commerce | Senior Solutions Architect, Enterprise Integrations | Remote (US) | Full-time

About Tidebrook
Tidebrook is a commerce software company. Large brands use our product to run their online stores, marketplaces and B2B ordering portals, and our customers process more than $25 billion in sales through us every year. We have 900 employees and a growing portfolio of enterprise customers with complex systems.

The role
Enterprise customers rarely start from scratch. They have ERPs, warehouse systems, product information management tools and payment providers that must all work with Tidebrook. As Senior Solutions Architect you'll design how those systems connect, for new customers and for large existing accounts with ambitious plans. You'll work with sales during the buying process and with our professional services team and partners during implementation.

What you'll do
- Design integration architectures between Tidebrook and customers' ERP, order management and inventory systems
- Guide customers and systems integrators through implementation decisions
- Review integration designs from partners for scalability and data consistency
- Create reference architectures for common enterprise scenarios, such as omnichannel inventory
- Present architecture recommendations to customer IT leaders
- Work with product and engineering teams on enterprise requirements for our APIs
- Mentor solutions architects and share knowledge across the team

What you bring
- Significant experience designing enterprise integrations in e-commerce or retail
- Strong knowledge of APIs, webhooks, event-driven integration and middleware
- Familiarity with ERP systems such as SAP, NetSuite or Microsoft Dynamics
- Excellent communication and presentation skills with technical and business audiences
- Ability to travel to customer sites about 20% of the time

Nice to have
- Experience with integration platforms such as MuleSoft or Boomi
- Hands-on coding experience in JavaScript or Python
- Knowledge of headless commerce architectures

Benefits
- Base salary $170,000-$200,000 plus bonus and equity
- Medical, dental and vision insurance
- 401(k) with employer match
- Flexible paid time off
- Home office and wellness stipends
- Paid parental leave

Tidebrook is proud to be an equal opportunity employer. We do not discriminate based on race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status or disability status.

Apply at example.com/tidebrook/careers.""",

"""Greystone Mutual Life | Enterprise Solutions Architect | Edinburgh | Hybrid | Permanent

About us
Greystone Mutual Life provides pensions, life insurance and investments to 1.8 million customers in the UK. We are modernising decades-old policy administration systems, and we want our technology to make it easier for customers to understand and manage their savings.

The role
As Enterprise Solutions Architect you'll shape the design of major change programmes across the business: a new pensions administration platform, a customer portal and the replacement of our investment accounting system. You'll work with business leaders, product owners and delivery teams to design solutions that fit our target architecture, meet regulatory requirements and can be delivered. This is a design and influence role spanning business processes, applications, data and integration.

What you'll do
- Define solution architectures for major programmes, from business capabilities to applications and integrations
- Assess vendor products against our requirements during procurement
- Ensure designs meet regulatory requirements, including Consumer Duty and operational resilience rules
- Present designs to our architecture governance board
- Work with delivery teams to resolve design questions throughout delivery
- Maintain architecture documentation and decision records
- Contribute to the enterprise architecture roadmap
- Coach business analysts and engineers on architecture thinking, and help them grow into design roles

What you bring
- Significant experience as a solutions architect in financial services
- Broad knowledge of enterprise applications, integration patterns and data architecture
- Experience evaluating and integrating vendor packages
- Excellent communication skills, including with senior business stakeholders
- Ability to balance ideal designs with practical delivery

Nice to have
- Experience with pensions or life insurance administration systems
- TOGAF or similar architecture qualification
- Knowledge of cloud and software-as-a-service adoption in regulated industries

Benefits
- Salary £85,000-£98,000 plus annual bonus
- Pension with employer contribution of up to 12%
- 30 days holiday plus bank holidays
- Private medical insurance
- Flexible and hybrid working
- Share in our annual profit distribution to members and colleagues

Greystone Mutual Life is an equal opportunity employer. We are committed to creating a workforce that reflects our customers and we welcome applications from people of all backgrounds.

Apply at example.com/greystonemutual/careers.""",
]
LONG_SOLUTIONS += [
"""Bastionfield Software | Partner Solutions Architect | Remote (EMEA) | Full-time

About Bastionfield
Bastionfield makes endpoint and email security software used by 14,000 organisations worldwide. Most of our customers buy through partners: resellers, managed service providers and managed security providers who deploy and run our products for their own clients. Our partner programme is how we grow.

The role
As Partner Solutions Architect you'll be the technical lead for a group of our largest partners in Europe, the Middle East and Africa. You'll help them design, deploy and operate Bastionfield for their clients, build joint offerings, and become experts who can win deals on their own. You'll work with our partner account managers, our product team and our support engineers. In customer meetings you'll often sit alongside a partner's security lead and the client's SRE team, answering questions about how our agent behaves on their servers.

What you'll do
- Run technical enablement for partner engineers, including workshops, labs and certifications
- Help partners design multi-tenant deployments for their managed services
- Support partners in customer pre-sales meetings, demonstrations and proofs of concept
- Build integration examples with partners' ticketing, SIEM and remote management tools
- Collect partner feedback and share it with product management
- Create technical content such as deployment guides and reference designs
- Travel to partner offices and events about 30% of the time

What you bring
- Experience in a pre-sales, solutions engineering or consulting role in cyber security
- Good knowledge of endpoint protection, email security and Microsoft environments
- Experience working with resellers, managed service providers or other channel partners
- Excellent presentation and training skills
- Fluent English; another European language is an advantage

Nice to have
- Security certifications such as CISSP or Security+
- Scripting experience in PowerShell or Python
- Experience with remote monitoring and management tools used by MSPs

Benefits
- Base salary €90,000-€110,000 plus variable pay
- Restricted stock units
- 28 days holiday plus local public holidays
- Health insurance and pension contributions according to local practice
- Home office budget and company laptop
- Annual global sales and partner kickoff event

Bastionfield is an equal opportunity employer. We value diversity in our teams and welcome applications from everyone. Please let us know if you need any accommodations during the hiring process.

Apply at example.com/bastionfield/careers.""",

"""Kelderwick Health Systems | Solutions Architect, Interoperability | Remote (US) | Full-time

About Kelderwick
Kelderwick builds software that connects hospitals, clinics, laboratories and health information exchanges. Our integration engine and FHIR services move more than 200 million clinical messages a month, helping doctors see lab results, referrals and discharge summaries from other organisations.

The role
As Solutions Architect, Interoperability, you'll work with health systems and our implementation team to design how Kelderwick connects their systems. Every health system is different: different EHRs, different lab vendors, different state reporting rules. You'll design interfaces that map data correctly, meet privacy requirements and support clinical workflows. You'll be involved before contracts are signed and throughout implementation.

What you'll do
- Lead technical discovery with health system IT and clinical informatics teams
- Design integration solutions using HL7 v2, FHIR, CDA and X12 transactions
- Create interface specifications and data mapping documents
- Advise customers on regulatory requirements such as information blocking rules and TEFCA participation
- Support sales with demonstrations and technical responses to requests for proposal
- Guide implementation consultants through complex interface builds
- Share feedback with product teams about customer needs
- Present at customer user groups and health IT conferences about practical interoperability

What you bring
- Significant experience in healthcare integration or interoperability
- Deep knowledge of HL7 v2 and FHIR
- Experience with integration engines such as our own, Rhapsody or Mirth
- Understanding of clinical workflows and data, such as orders, results and ADT
- Excellent communication with clinical and technical stakeholders

Nice to have
- Experience with Epic, Oracle Health or MEDITECH interfaces
- Knowledge of public health reporting requirements
- Clinical background or informatics certification

Benefits
- Salary $150,000-$175,000 plus bonus
- Medical, dental and vision coverage
- 401(k) with employer match
- Four weeks paid time off plus holidays
- Remote work with home office stipend
- Professional development and conference budget

Kelderwick Health Systems is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.

Apply at example.com/kelderwick/careers.""",

"""Wycombe Identity | Solutions Engineer, Developer Accounts | Remote (UK or Ireland) | Full-time

About Wycombe Identity
Wycombe Identity provides identity verification APIs. Banks, fintechs, marketplaces and gaming companies use us to check identity documents, match selfies to photos and screen customers against sanctions lists during sign-up. We verify more than four million identities a month across 190 countries.

The role
As Solutions Engineer you'll help prospects and new customers integrate our APIs and SDKs into their sign-up journeys. You'll work with their product managers, engineers and compliance teams, build proofs of concept, and help them design flows that catch fraud without frustrating real users. You'll be part of the sales organisation, working alongside account executives, and you'll be the technical voice of the customer within Wycombe.

What you'll do
- Run technical discovery calls and understand customers' onboarding flows and compliance needs
- Build demonstrations and proofs of concept using our APIs and mobile SDKs
- Advise on integration architecture, webhooks and data retention
- Support customers' engineering teams through integration and launch
- Answer technical and security questions during sales processes
- Write sample code and integration guides
- Share product feedback with engineering and product teams
- Help customers read their verification results and tune their settings after launch

What you bring
- Experience as a solutions engineer, sales engineer or software engineer in a customer-facing role
- Good programming skills in JavaScript, Python or a similar language
- Understanding of REST APIs, authentication and mobile app integration
- Excellent communication skills and a consultative approach
- Interest in fraud prevention and regulatory compliance

Nice to have
- Experience in identity verification, payments or fintech
- Knowledge of KYC and anti-money laundering requirements
- Experience with iOS or Android development

Benefits
- Base salary £75,000-£90,000 plus commission
- Share options
- 25 days holiday plus bank holidays
- Pension, private health insurance and life cover
- Home office allowance
- Learning budget for courses and conferences

Wycombe Identity is committed to equal opportunity and inclusion. We welcome applicants from all backgrounds and encourage you to apply even if you don't meet every requirement.

Apply at example.com/wycombeidentity/careers.""",
]

# ---------------------------------------------------------------------------------------------
# technical support engineers (vendor support for customers)
# ---------------------------------------------------------------------------------------------
LONG_SUPPORT = [
"""Fellside Database Software | Technical Support Engineer, Database Products | Remote (Europe) | Full-time

About Fellside
Fellside develops a commercial distribution of PostgreSQL with extra tools for backup, high availability and monitoring. Banks, governments, telecom operators and software companies run their most important databases on our software, and they buy our subscription for the expertise behind it.

The role
When a customer's database is slow, a backup won't restore or an upgrade goes wrong, they open a ticket with us. As a Technical Support Engineer you'll diagnose and resolve those issues, from simple configuration questions to deep investigations of query plans, replication and storage. You'll work with customers' DBAs and developers, and with our own engineering team when a bug needs fixing. This is a customer support role that demands real database expertise.

What you'll do
- Handle customer support tickets about PostgreSQL and our tools, by email, chat and video call
- Analyse logs, configuration and query plans to find root causes
- Reproduce issues in test environments and write clear bug reports for engineering
- Guide customers through upgrades, migrations and configuration changes
- Write knowledge base articles and improve our documentation
- Take part in a follow-the-sun rota for urgent tickets, with on-call compensation
- Mentor newer support engineers

What you bring
- Strong PostgreSQL knowledge, from administration to performance tuning
- Linux system administration skills
- Excellent written and spoken English and a calm, patient manner with customers
- Analytical problem-solving skills and persistence
- Experience in a customer-facing technical role

Nice to have
- Experience with PostgreSQL replication, backup tools or connection poolers
- Scripting in Python or Bash
- Contributions to PostgreSQL or its ecosystem
- Additional European languages

Benefits
- Salary €60,000-€80,000 depending on location and experience
- Fully remote working within Europe
- 30 days holiday plus local public holidays
- Health insurance and pension contributions according to local norms
- Home office budget and annual learning allowance
- Annual company gathering and PostgreSQL conference attendance

Fellside is an equal opportunity employer. We welcome applicants of all backgrounds and are committed to an accessible and fair recruitment process.

Apply at example.com/fellside/careers.""",

"""Greenhow HR Software | Senior Technical Support Specialist | Leeds | Hybrid | Full-time

About Greenhow
Greenhow makes HR and payroll software used by 4,000 UK organisations, from small charities to retailers with 20,000 staff. Every month our customers pay more than two million employees through Greenhow, which means our support team has to be knowledgeable, accurate and kind, especially on payday. Our support team of 60 is the most praised part of the company in customer reviews, and we intend to keep it that way.

The role
As Senior Technical Support Specialist you'll handle the most complex customer issues that our first-line team escalates. These include data imports, integrations with finance and time-and-attendance systems, single sign-on configuration, and payroll calculations that don't look right. You'll investigate, fix what can be fixed, and work with our development teams on bugs. You'll also help train first-line colleagues and improve our help centre.

What you'll do
- Investigate and resolve escalated customer issues involving configuration, data and integrations
- Use SQL to analyse customer data and identify problems
- Troubleshoot API integrations and single sign-on set-ups with customers' IT teams
- Reproduce bugs and write clear reports for development teams
- Communicate with customers by phone, email and video, keeping them informed
- Create and update help centre articles and internal guides
- Coach first-line support colleagues
- Spot patterns in tickets and suggest product improvements that would prevent them
- Support customers through their first payroll run after going live, when questions come thick and fast

What you bring
- Experience in a technical support role for business software
- Good SQL skills
- Understanding of APIs, data formats and single sign-on
- Excellent communication and customer service skills
- A methodical approach to problem solving

Nice to have
- Knowledge of UK payroll, HMRC real-time information or pensions auto-enrolment
- Experience with Zendesk or Salesforce Service Cloud
- Experience with scripting or automation tools

Benefits
- Salary £38,000-£45,000
- 25 days holiday plus bank holidays and your birthday off
- Pension with 5% employer contribution
- Private health insurance
- Hybrid working with three days at home
- Clear career paths into implementation, product and development roles

Greenhow is an equal opportunity employer. We welcome applications from everyone and are happy to make reasonable adjustments during recruitment. Just let us know.

Apply at example.com/greenhow/careers.""",

"""Blackmoss Networks | Technical Assistance Engineer, Routing and Switching | Austin, TX | Hybrid | Full-time

About Blackmoss
Blackmoss designs network switches and routers for enterprise campuses and data centres. Universities, hospitals, retailers and cloud providers run our hardware and our network operating system, and our technical assistance centre supports them around the world.

The role
As a Technical Assistance Engineer you'll help customers resolve problems with Blackmoss products: routing protocols that won't converge, switches dropping packets, upgrades that need planning, and the occasional hardware failure. You'll analyse logs and packet captures, reproduce problems in our lab, and work with engineering to fix software defects. You'll help network engineers at customer sites solve real problems, and you'll grow deep expertise along the way. New engineers spend their first eight weeks in structured training before taking their own cases.

What you'll do
- Resolve customer cases involving routing, switching, wireless and network management
- Analyse configurations, logs, packet captures and core dumps
- Reproduce customer problems in our lab environment
- Escalate software defects to engineering with detailed analysis
- Guide customers through complex upgrades and hardware replacements
- Write knowledge base articles and technical notes
- Participate in a weekend and holiday rota for critical cases
- Deliver technical training sessions for partners and customers on new software releases
- Contribute to internal tools that speed up case analysis, such as log parsers

What you bring
- Strong knowledge of networking, including BGP, OSPF, VLANs, spanning tree and EVPN
- Experience supporting or operating enterprise or data centre networks
- Familiarity with Linux and packet analysis tools such as Wireshark
- Excellent communication skills and a customer-first attitude
- CCNP, JNCIP or equivalent knowledge

Nice to have
- Experience in a vendor technical assistance centre
- Python scripting
- Knowledge of network automation and telemetry

Benefits
- Salary $110,000-$135,000 plus bonus
- Medical, dental and vision coverage
- 401(k) with company match
- Employee stock purchase plan
- Three weeks paid time off plus holidays
- Lab equipment and certification support

Blackmoss Networks is an equal opportunity employer. Qualified applicants will receive consideration without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.

Apply at example.com/blackmoss/careers.""",
]
LONG_SUPPORT += [
"""Keswold Monitoring | Customer Support Engineer | Remote (US East or Central) | Full-time

About Keswold
Keswold makes server and application monitoring software for small and mid-size companies. Our agent collects metrics and logs, and our hosted dashboards and alerts help customers understand what their systems are doing. About 6,500 companies use Keswold, many of them with small IT teams who appreciate a product that is simple to set up.

The role
As a Customer Support Engineer you'll be the person customers reach when something in Keswold doesn't work the way they expect. Maybe the agent won't install on an old Linux distribution, a dashboard shows gaps, or an integration with their cloud account stops sending data. You'll diagnose the problem, explain it clearly and help the customer get back on track. Customers range from a solo IT manager at a law firm to the DevOps team at a software company, and you'll adapt your explanations to each. This is a support role: your product is our product, and your job is the customer's success with it.

What you'll do
- Answer customer questions and troubleshoot issues by email, chat and screen share
- Diagnose agent installation and configuration problems on Linux and Windows
- Help customers set up integrations with AWS, Azure, databases and web servers
- Reproduce issues and write clear bug reports for our engineering team
- Write help articles, troubleshooting guides and short videos
- Share patterns from support conversations with the product team
- Keep our response times within the targets we promise customers

What you bring
- Experience in technical support, system administration or a similar role
- Solid Linux and Windows troubleshooting skills
- Understanding of networking basics, such as DNS, firewalls and proxies
- Clear, friendly written communication
- Curiosity and patience

Nice to have
- Experience with monitoring tools or log management products
- Scripting in Bash, PowerShell or Python
- Familiarity with AWS or Azure

Benefits
- Salary $75,000-$95,000
- Medical, dental and vision insurance
- 401(k) with 4% match
- Four weeks paid time off plus holidays
- Fully remote work with a home office stipend
- Learning budget and certification support

Keswold is an equal opportunity employer. We welcome applications from people of all backgrounds, and we are especially keen to hear from people who have taken non-traditional paths into technology.

Apply at example.com/keswold/careers.""",

"""Saltergate Restaurant Systems | Technical Support Engineer, Point of Sale | Glasgow | Onsite, rotating shifts | Full-time

About Saltergate
Saltergate provides point-of-sale, kitchen display and online ordering systems to 5,000 restaurants, pubs and cafés across the UK and Ireland. When a restaurant's tills stop on a Friday night, they call us, and they expect a quick answer from someone who knows what they're doing.

The role
As a Technical Support Engineer you'll help our customers with their Saltergate systems: tills, card terminals, kitchen printers, kitchen displays, online ordering and the back-office reports. You'll troubleshoot hardware, network and software issues remotely, guide restaurant staff through fixes and escalate to our engineering or field teams when needed. Our busiest hours are evenings and weekends, so this role works on a rotating shift pattern.

What you'll do
- Answer customer calls, chats and emails about Saltergate products
- Diagnose and resolve problems with tills, card terminals, printers and restaurant networks
- Connect remotely to customer systems to investigate and fix issues
- Guide non-technical restaurant staff through troubleshooting steps clearly and calmly
- Escalate complex issues to second-line engineers and arrange field visits where needed
- Record cases accurately and keep customers updated
- Contribute to our knowledge base and suggest improvements to the product
- Help new customers get comfortable with their system in the first weeks after installation
- Share feedback about recurring hardware faults with our suppliers team

What you bring
- Experience in technical support, ideally for hardware and software products
- Good understanding of Windows and basic networking
- Calm and friendly communication under pressure
- Willingness to work evenings and weekends on a rota
- Interest in hospitality

Nice to have
- Experience with point-of-sale or payment terminal systems
- Hospitality work experience
- CompTIA A+ or Network+ certification

Benefits
- Salary £28,000-£33,000 plus shift allowance
- 25 days holiday plus bank holidays
- Pension with employer contribution
- Free meals at our partner restaurants on our annual appreciation week
- Clear progression into second-line support, implementation and account management
- Employee assistance programme

Saltergate Restaurant Systems is an equal opportunity employer. We welcome applications from everyone and will make reasonable adjustments during recruitment.

Apply at example.com/saltergate/careers.""",

"""Rampsholme Backup Software | Escalation Engineer | Remote (Canada or US) | Full-time

About Rampsholme
Rampsholme develops backup and recovery software for virtual machines, physical servers, Microsoft 365 and cloud workloads. More than 40,000 businesses rely on us to protect their data and restore it when they need it. Our support organisation is known for expertise, and our escalation team handles the hardest problems.

The role
As an Escalation Engineer you'll take on the most complex cases from our support engineers: backup jobs failing in unusual environments, performance problems with large deployments, and recoveries where the customer urgently needs their data back. You'll investigate deeply, working with logs, debuggers and lab reproductions, and you'll partner with our developers to fix defects. You'll also improve the tools and knowledge that help the whole support organisation.

What you'll do
- Resolve escalated technical cases involving backup, replication and restore
- Analyse logs, memory dumps and network traces to find root causes
- Reproduce complex customer environments in our lab
- Work with development teams on defects and hotfixes
- Join customer calls for critical situations and explain findings clearly
- Create advanced troubleshooting guides and train support engineers
- Identify common issues and recommend product improvements

What you bring
- Several years of experience in technical support or system administration for enterprise products
- Deep knowledge of VMware vSphere, Hyper-V and Windows Server
- Understanding of storage technologies and networking
- Strong analytical skills and persistence with difficult problems
- Excellent communication with customers and colleagues

Nice to have
- Experience with backup and recovery products
- Knowledge of Linux, SQL Server or Microsoft 365
- Scripting in PowerShell or Python
- Debugging experience with WinDbg or similar tools

Benefits
- Salary CAD $100,000-$125,000 or USD $105,000-$130,000, plus bonus
- Comprehensive health, dental and vision coverage
- Retirement savings plan with company match
- Three weeks paid vacation plus holidays
- Remote work with equipment provided
- Certification and training support

Rampsholme is committed to equal opportunity and inclusion. We consider all qualified applicants regardless of race, religion, gender, sexual orientation, age, disability or any other protected characteristic.

Apply at example.com/rampsholme/careers.""",
]

# ---------------------------------------------------------------------------------------------
# database administrators for a product's or an organisation's own data
# ---------------------------------------------------------------------------------------------
LONG_DBA = [
"""Hawkshead Health Services | Senior SQL Server Database Administrator | Nashville, TN | Hybrid | Full-time

About Hawkshead
Hawkshead Health Services provides revenue cycle management and billing services to 1,200 physician practices and 60 hospitals. Our systems process millions of claims and payments each month, and the databases behind them hold some of the most sensitive data there is: patient information and financial records.

The role
As Senior SQL Server DBA you'll take responsibility for the design, performance, security and recoverability of our SQL Server estate: 140 instances and more than 2,000 databases. You'll work closely with application developers, data engineers and the security team, and you'll lead our move to SQL Server 2022 and Azure SQL Managed Instance for selected workloads. You'll be the team's senior expert and mentor two DBAs.

What you'll do
- Design and maintain high availability and disaster recovery using Always On availability groups
- Tune queries, indexes and server configuration for heavy claims processing workloads
- Review database designs and schema changes from development teams
- Manage backups, retention and restore testing in line with HIPAA requirements
- Implement security controls, including encryption, auditing and least-privilege access
- Plan capacity and storage growth
- Lead upgrades and migrations, including moving selected databases to Azure SQL Managed Instance
- Automate routine tasks with PowerShell and dbatools

What you bring
- Significant experience as a SQL Server DBA in a large, busy environment
- Deep knowledge of performance tuning, execution plans and indexing
- Experience with Always On availability groups and failover clustering
- PowerShell scripting
- Understanding of security and compliance requirements for sensitive data

Nice to have
- Experience with Azure SQL Database or Managed Instance
- Healthcare industry experience
- Microsoft certifications such as DP-300

Benefits
- Salary $130,000-$155,000 plus bonus
- Medical, dental and vision coverage
- 401(k) with 5% company match
- Generous paid time off and holidays
- Hybrid working with two days in our Nashville office
- Tuition reimbursement and certification support

Hawkshead Health Services is an equal opportunity employer. We do not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status.

Apply at example.com/hawkshead/careers.""",
]
LONG_DBA += [
"""Tilberthwaite Software | PostgreSQL Database Administrator | Remote (UK or EU) | Full-time

About Tilberthwaite
Tilberthwaite makes practice management software for veterinary clinics: appointments, clinical records, prescriptions, stock and invoicing. About 3,800 clinics in eight countries use our product every day. Behind it sits a set of PostgreSQL databases that has grown to more than 40 terabytes, and the shape of that data matters to every feature we build.

The role
We are hiring our second database administrator. You'll look after the design, performance and long-term health of the databases that hold our customers' data. You'll work closely with our product engineers, reviewing their schema changes and helping them write efficient queries, and with our data team, who copy data into the warehouse for reporting. Your focus is the data itself: how it's modelled, how it grows, how fast it can be queried and how safely it is backed up.

What you'll do
- Review schema designs and migrations from product teams, and suggest safer or faster approaches
- Find and tune slow queries using pg_stat_statements, EXPLAIN plans and index analysis
- Design partitioning and archiving for our largest tables, such as clinical notes and invoices
- Tune autovacuum, memory and connection settings as workloads change
- Manage backups and point-in-time recovery, and run regular restore tests
- Plan and carry out major version upgrades with minimal customer impact
- Manage access controls and support our ISO 27001 and GDPR obligations
- Teach engineers about indexing, locking and query design through workshops and code review

What you bring
- Solid experience as a PostgreSQL DBA, or as a backend engineer with deep PostgreSQL expertise
- Strong SQL and understanding of query planning, indexing and locking
- Experience with large tables and data growth, including partitioning
- Linux skills and scripting in Bash or Python
- Good communication skills and a collaborative approach to working with developers

Nice to have
- Experience with managed PostgreSQL services on AWS or Google Cloud
- Knowledge of logical replication and change data capture
- Experience with multi-tenant database designs
- Familiarity with Terraform for managing database configuration

Benefits
- Salary £70,000-£85,000 or €80,000-€95,000 depending on location
- Share options
- 28 days holiday plus public holidays
- Pension contributions and private health insurance
- Fully remote, with two team gatherings a year
- A pet-friendly culture; many of our staff have worked in veterinary practices

Tilberthwaite is an equal opportunity employer. We welcome applicants from every background and are glad to make adjustments to our process for anyone who needs them.

Apply at example.com/tilberthwaite/careers.""",

"""Ennerdale Power Distribution | Oracle Database Administrator | Penrith | Hybrid | Permanent

About us
Ennerdale Power Distribution owns and maintains the electricity network that supplies 1.6 million homes and businesses in the north of England. Our engineers, control room and customer teams rely on systems for asset management, outage handling, connections and billing, and those systems rely on our databases.

The role
As Oracle Database Administrator you'll join a team of five DBAs who look after our Oracle and SQL Server estates. You'll focus on the Oracle databases that support asset management, geographic information and work management systems. You'll keep them secure, well-tuned and recoverable, and help deliver upgrades and migrations as we modernise our applications. You'll work with application support teams, vendors and infrastructure colleagues.

What you'll do
- Administer Oracle 19c databases, including RAC and Data Guard configurations
- Manage backups and recovery with RMAN and test restores regularly
- Tune database performance using AWR, ASH and SQL tuning tools
- Apply patches and plan upgrades in coordination with application owners
- Manage users, roles and auditing in line with our security standards
- Support vendors during application upgrades and troubleshooting
- Maintain documentation and contribute to our database standards
- Take part in the DBA team's out-of-hours support rota, with standby payments

What you bring
- Experience as an Oracle DBA in an enterprise environment
- Strong knowledge of RMAN, Data Guard and performance tuning
- Linux administration and shell scripting skills
- Good communication and documentation skills
- Ability to obtain security clearance for critical national infrastructure

Nice to have
- Experience with Oracle Spatial or GIS databases
- SQL Server administration experience
- Knowledge of Oracle Cloud Infrastructure or other cloud database services
- Utility sector experience

Benefits
- Salary £52,000-£62,000
- Annual bonus scheme
- 26 days holiday plus bank holidays, with the option to buy more
- Defined contribution pension with up to 10% employer contribution
- Private medical insurance
- Flexible working and a hybrid pattern

Ennerdale Power Distribution is an equal opportunities employer. We want our workforce to reflect the communities we serve and welcome applications from everyone. We are a Disability Confident employer.

Apply at example.com/ennerdale/careers.""",

"""Grisedale Marketplace | Database Engineer, MySQL | Berlin | Hybrid | Full-time

About Grisedale
Grisedale is an online marketplace for second-hand outdoor gear: tents, bikes, skis and climbing equipment. Four million people in Germany, Austria and Switzerland buy and sell on Grisedale, and our catalogue of 12 million listings lives in MySQL. We're 280 people, and our engineering team of 90 works in product-focused squads.

The role
As Database Engineer you'll be the MySQL expert our squads rely on. You'll shape how our data is modelled and stored, make queries fast as the catalogue grows, and lead the work on splitting our largest tables. You'll spend a lot of time with engineers: reviewing designs, pairing on tricky queries and teaching good habits. You'll also own the care of our databases themselves: configuration, upgrades, backups and capacity.

What you'll do
- Advise squads on data modelling, indexing and query design for new features
- Review schema migrations and help plan online schema changes with gh-ost
- Analyse slow queries and improve performance across the catalogue, search indexing and messaging features
- Lead the design of sharding for listings and messages as data grows
- Manage MySQL configuration, version upgrades and replication topology
- Ensure backups are complete and restorable, and document recovery procedures
- Plan capacity and storage for the next two years
- Share knowledge through documentation, talks and pairing

What you bring
- Several years of experience working deeply with MySQL or MariaDB
- Strong SQL and understanding of InnoDB internals, indexing and transactions
- Experience with online schema changes and replication
- Scripting in Python or Go
- Clear communication in English; German is a plus

Nice to have
- Experience with Vitess or another sharding approach
- Experience with ProxySQL
- Background in backend development

Benefits
- Salary €80,000-€95,000
- Virtual stock options
- 30 days holiday
- Public transport ticket and bike leasing
- €1,000 yearly budget for outdoor gear on our marketplace
- Relocation support and German classes

Grisedale is an equal opportunity employer. We welcome people of all backgrounds and identities and are committed to a fair hiring process. Let us know if you need any adjustments.

Apply at example.com/grisedale/jobs.""",

"""Troutbeck University | Database Administrator, Student and Finance Systems | Hybrid | Grade 7

About the University
Troutbeck University is a teaching-focused university with 17,000 students on two campuses, known for nursing, education and creative arts. Our IT Services team of 120 people supports students and staff and the systems that run the university: student records, finance, HR, timetabling and the virtual learning environment.

The role
As Database Administrator you'll look after the databases behind our most important business systems, especially the student records system and the finance system. You'll keep them performing well during peak periods such as enrolment, clearing and exam results, secure, backed up and ready for upgrades. You'll work closely with the application support teams, system vendors and our reporting team. This is a varied role in a friendly team, with strong opportunities for training.

What you'll do
- Administer Oracle and SQL Server databases for student records, finance and HR systems
- Monitor performance and tune databases ahead of enrolment and results periods
- Manage backups and recovery, and test restores regularly
- Plan and carry out database upgrades and patching with vendors and application teams
- Refresh test environments with anonymised data for projects and training
- Manage database security, accounts and auditing in line with data protection law
- Support the reporting team with data extracts and query optimisation
- Document procedures and share knowledge across the team

What you bring
- Experience administering Oracle or SQL Server databases
- Good SQL skills and understanding of performance tuning
- Experience with backup and recovery tools
- Scripting skills in PowerShell, Bash or Python
- Good communication skills and a willingness to learn

Nice to have
- Experience in higher education or with student records systems
- Experience with both Oracle and SQL Server
- Knowledge of data masking or anonymisation

What we offer
- Salary £38,000-£44,000 on the university pay scale
- 35 days holiday plus bank holidays and a Christmas closure
- Generous employer pension contributions
- Flexible and hybrid working
- Discounted sports centre membership and on-site nursery
- Funded professional training and qualifications

Troutbeck University is committed to equality, diversity and inclusion and welcomes applications from all sections of the community. We are a Disability Confident employer and a Living Wage employer.

Apply at example.com/troutbeck/jobs.""",
]

# =============================================================================================
# assembly and checks
# =============================================================================================
_PART_A = [
    ("data", DATA_ENG), ("analytics", ANALYTICS), ("ml", ML_ENG), ("security", SECURITY),
    ("cloud", CLOUD_CONSULT), ("sysadmin", SYSADMIN), ("network", NETWORK), ("qa", QA),
    ("dba", DBA), ("infra_product", INFRA_PRODUCT),
]
_PART_B = [
    ("long_cloud", LONG_CLOUD), ("long_systems", LONG_SYSTEMS), ("long_backend", LONG_BACKEND),
    ("long_data", LONG_DATA), ("long_netsec", LONG_NETSEC), ("long_itops", LONG_ITOPS),
    ("long_solutions", LONG_SOLUTIONS), ("long_support", LONG_SUPPORT), ("long_dba", LONG_DBA),
]

FEED_POSTS = []
for _family, _posts in _PART_A + _PART_B:
    FEED_POSTS += [(t.strip(), "other", _family, "-") for t in _posts]

# No duplicate texts, here or against feed_posts.py.
_texts = [t for t, _, _, _ in FEED_POSTS]
assert len(_texts) == len(set(_texts)), [t[:60] for t, n in Counter(_texts).items() if n > 1]
_seen = {t for t, _, _, _ in feed_posts.FEED_POSTS}
assert not [t[:60] for t in _texts if t in _seen]

# Role names: only "other" posts here, and a role name only ever as a team named in passing
# ("our DevOps team runs ...", "the SRE group ..."), in about fifteen posts.
_ROLE_NAME = re.compile(r"dev\s*-?\s*ops|\bsres?\b|site\s+reliability|platform\s+engineer", re.I)
assert all(label == "other" and s == "-" for _, label, _, s in FEED_POSTS)
assert not [t[:60] for t, label, _, _ in FEED_POSTS if label != "other" and _ROLE_NAME.search(t)]
_PASSING = re.compile(r"\b(?:dev\s*-?\s*ops|sres?)\s+(?:team|group)", re.I)
_mentions = [t for t in _texts if _ROLE_NAME.search(t)]
assert 12 <= len(_mentions) <= 18, len(_mentions)
assert all(len(_ROLE_NAME.findall(t)) == len(_PASSING.findall(t)) for t in _mentions), \
    [t[:60] for t in _mentions if len(_ROLE_NAME.findall(t)) != len(_PASSING.findall(t))]

# Lengths: thread posts 40-250 words, careers-page posts 350-700; everyone applies at example.com.
_families_b = {f for f, _ in _PART_B}
assert not [t[:60] for t, _, f, _ in FEED_POSTS if f not in _families_b and not 40 <= len(t.split()) <= 250]
assert not [t[:60] for t, _, f, _ in FEED_POSTS if f in _families_b and not 350 <= len(t.split()) <= 700]
assert all("example.com" in t for t in _texts)
