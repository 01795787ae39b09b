package org.atrium.people.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.atrium.people.OrgSeed.SkillSeed;

/**
 * The demo skills taxonomy. Within a category, skills are listed roughly from most to least common,
 * which {@link #pickIn} uses to make popular skills show up more often.
 */
final class SkillTaxonomy {

  /** Lines are {@code Name | synonym, synonym}; a {@code [Category]} line starts a category. */
  private static final String TABLE =
      """
      [Programming languages]
      Java
      Python
      JavaScript | JS, ECMAScript
      TypeScript | TS
      SQL | Structured Query Language
      Go | Golang
      Kotlin
      C# | C Sharp, CSharp
      C++ | CPP
      Bash | Shell scripting
      HTML | HTML5
      CSS | CSS3
      Swift
      Rust
      Scala
      Ruby
      PHP
      R
      C
      Objective-C | ObjC
      Dart
      Elixir
      Erlang
      Haskell
      Clojure
      F# | F Sharp
      Groovy
      Lua
      Perl
      MATLAB
      Julia
      PowerShell
      WebAssembly | Wasm
      Visual Basic .NET | VB.NET
      Solidity
      Assembly language | ASM
      COBOL
      Fortran

      [Software engineering]
      Git
      React | React.js, ReactJS
      Node.js | Node, NodeJS
      Spring Boot
      REST API design | REST, RESTful APIs
      Microservices | Microservice architecture
      Continuous Integration | CI
      Continuous Delivery | CD, Continuous Deployment
      Unit testing
      Code review
      Test-Driven Development | TDD
      Software architecture
      Design patterns
      Object-Oriented Programming | OOP
      Spring Framework | Spring
      Angular
      Vue.js | Vue, VueJS
      Next.js | NextJS
      GraphQL
      Django
      Flask
      FastAPI
      Ruby on Rails | Rails, RoR
      .NET | dotnet
      ASP.NET Core | ASP.NET
      Jakarta EE | Java EE, J2EE
      Hibernate
      gRPC
      Apache Kafka | Kafka
      RabbitMQ
      Event-driven architecture | EDA
      Domain-Driven Design | DDD
      Behaviour-Driven Development | BDD
      Functional programming | FP
      Algorithms and data structures | DSA
      Test automation
      JUnit
      Selenium
      Cypress
      Playwright
      Android development | Android
      iOS development | iOS
      React Native
      Flutter
      Maven
      Gradle
      WebSockets
      Concurrent programming | Concurrency
      Performance engineering | Performance tuning
      Svelte

      [Cloud & infrastructure]
      Amazon Web Services | AWS
      Docker
      Kubernetes | k8s, Kube
      Linux | GNU/Linux
      Microsoft Azure | Azure
      Google Cloud Platform | GCP, Google Cloud
      Terraform
      DevOps
      Site Reliability Engineering | SRE
      Infrastructure as Code | IaC
      Ansible
      Helm
      Prometheus
      Grafana
      Observability
      Jenkins
      GitHub Actions | GHA
      GitLab CI/CD | GitLab CI
      Argo CD | ArgoCD
      Serverless computing | Serverless
      AWS Lambda | Lambda
      Amazon S3 | S3
      Incident management
      Cloud architecture
      Load balancing
      Content delivery networks | CDN
      Istio
      Service mesh
      Virtualisation | Virtualization
      VMware vSphere | vSphere
      OpenStack
      Cloud cost optimisation | FinOps
      Chaos engineering

      [Data & AI]
      Data analysis
      Machine Learning | ML
      PostgreSQL | Postgres
      Data visualisation | Data visualization, Dataviz
      Statistics
      pandas
      Artificial Intelligence | AI
      MySQL
      Data engineering
      Data modelling | Data modeling
      Business intelligence | BI
      Deep Learning | DL
      Natural Language Processing | NLP
      Large Language Models | LLMs, LLM
      Generative AI | GenAI, Gen AI
      Prompt engineering
      Computer Vision | CV
      Reinforcement learning | RL
      NumPy
      scikit-learn | sklearn
      PyTorch
      TensorFlow
      Keras
      Jupyter | Jupyter Notebook
      Apache Spark | Spark
      Apache Airflow | Airflow
      dbt | data build tool
      ETL | Extract Transform Load
      Data warehousing | DWH
      Snowflake
      Google BigQuery | BigQuery
      Amazon Redshift | Redshift
      Databricks
      Hadoop | Apache Hadoop
      Tableau
      Power BI | PowerBI
      Looker
      MongoDB | Mongo
      Redis
      Elasticsearch
      Microsoft SQL Server | MSSQL, SQL Server
      Oracle Database | Oracle DB
      Apache Cassandra | Cassandra
      DynamoDB | Amazon DynamoDB
      Neo4j
      SQLite
      MLOps
      Feature engineering
      Time series analysis
      Forecasting
      Recommender systems
      Bayesian statistics
      Econometrics
      Data governance
      Master data management

      [Security]
      Application security | AppSec
      Identity and access management | IAM
      Network security
      Cloud security
      Penetration testing | Pentesting, Pen testing
      Threat modelling | Threat modeling
      OWASP Top 10 | OWASP
      OAuth 2.0 | OAuth
      OpenID Connect | OIDC
      Single sign-on | SSO
      Vulnerability management
      Incident response
      Security operations | SecOps
      Security Information and Event Management | SIEM
      Zero trust security | Zero trust
      Public key infrastructure | PKI
      Cryptography
      DevSecOps
      Endpoint protection | EDR
      ISO 27001 | ISO/IEC 27001
      SOC 2 | SOC II
      Security awareness
      Digital forensics | Forensics
      Malware analysis

      [Design]
      User Experience Design | UX, UX design
      User Interface Design | UI, UI design
      Figma
      Prototyping
      Wireframing
      User research | UX research
      Usability testing
      Design systems
      Interaction design | IxD
      Visual design
      Graphic design
      Information architecture | IA
      Web accessibility | a11y, WCAG
      Design thinking
      Content design
      Typography
      Adobe Photoshop | Photoshop
      Adobe Illustrator | Illustrator
      Adobe InDesign | InDesign
      Adobe After Effects | After Effects
      Sketch
      Motion design | Motion graphics
      Illustration
      Service design
      Responsive web design | RWD
      Brand identity design

      [Product]
      Product strategy
      Product discovery
      User stories
      Objectives and key results | OKRs, OKR
      Product roadmapping | Roadmapping
      Product analytics
      A/B testing | Split testing
      Backlog management
      Requirements gathering
      Go-to-market strategy | GTM
      Competitive analysis
      Customer journey mapping | Journey mapping
      Minimum viable product | MVP
      Jobs to be done | JTBD
      Product-led growth | PLG
      Pricing strategy | Pricing
      Product operations | Product ops
      Amplitude
      Mixpanel

      [Project management]
      Agile | Agile methodologies
      Scrum
      Jira
      Project management
      Kanban
      Confluence
      Risk management
      Change management
      Stakeholder management
      Programme management | Program management
      Asana
      Trello
      Lean
      Release management
      Resource planning
      Project budgeting
      Scaled Agile Framework | SAFe
      PRINCE2
      Project Management Professional | PMP
      Microsoft Project | MS Project
      Waterfall methodology | Waterfall
      Lean Six Sigma | Six Sigma

      [Sales]
      Negotiation
      Salesforce | SFDC
      Customer relationship management | CRM
      Account management
      Business development | BizDev, BD
      Prospecting
      Lead generation | Lead gen
      Pipeline management
      Enterprise sales
      Solution selling
      Consultative selling
      Cold calling
      Sales forecasting
      Key account management | KAM
      Product demonstrations | Demos
      Presales | Pre-sales
      MEDDIC | MEDDPICC
      SPIN Selling
      Sales operations | Sales ops
      Revenue operations | RevOps
      Channel sales | Indirect sales
      Partner management
      Request for proposal responses | RFP responses
      Social selling
      LinkedIn Sales Navigator | Sales Navigator
      Territory planning
      Inside sales
      Upselling and cross-selling | Upselling

      [Marketing]
      Content marketing
      Search Engine Optimisation | SEO, Search Engine Optimization
      Social media marketing | SMM
      Email marketing
      Copywriting
      Google Analytics | GA, GA4
      Marketing strategy
      Brand management
      Product marketing | PMM
      Demand generation | Demand gen
      Marketing automation
      HubSpot
      Search Engine Marketing | SEM
      Pay-per-click advertising | PPC
      Google Ads | AdWords
      Public relations | PR
      Market research
      Marketing analytics
      Conversion rate optimisation | CRO, Conversion rate optimization
      Account-based marketing | ABM
      Growth marketing | Growth hacking
      Event planning
      Internal communications | Internal comms
      Crisis communications | Crisis comms
      Influencer marketing
      Community management
      Customer segmentation
      Video production
      Marketo | Adobe Marketo

      [Customer success]
      Customer support
      Customer onboarding
      Customer retention | Churn reduction
      Technical support
      Zendesk
      Escalation management
      Net Promoter Score | NPS
      Customer satisfaction | CSAT
      Service level agreements | SLAs
      Quarterly business reviews | QBRs
      Renewals management | Renewals
      Customer advocacy
      Software implementation
      Intercom

      [Finance]
      Microsoft Excel | Excel
      Budgeting
      Accounting
      Financial modelling | Financial modeling
      Financial reporting
      Financial planning and analysis | FP&A
      Management accounting
      Accounts payable | AP
      Accounts receivable | AR
      Bookkeeping
      IFRS | International Financial Reporting Standards
      US GAAP | GAAP
      Procurement | Purchasing
      Vendor management
      Tax compliance
      Transfer pricing
      Treasury management | Treasury
      Cash flow forecasting
      Corporate finance
      Cost accounting
      Revenue recognition | Rev rec
      Internal audit
      Mergers and acquisitions | M&A
      Valuation
      Investor relations | IR
      Expense management
      SAP ERP | SAP
      Oracle NetSuite | NetSuite
      Xero
      QuickBooks

      [Legal]
      Contract drafting
      Contract law
      Contract negotiation
      Commercial law
      Data protection | Data privacy
      General Data Protection Regulation | GDPR
      Regulatory compliance | Compliance
      Employment law | Labour law, Labor law
      Intellectual property | IP
      Corporate law
      Corporate governance
      Legal research
      Legal writing
      Litigation
      Dispute resolution
      Privacy impact assessments | DPIA, PIA
      Anti-money laundering | AML
      Know your customer | KYC
      Competition law | Antitrust law, Antitrust
      Trademark law | Trademarks
      Patent law | Patents
      Software licensing
      Open source licensing | OSS licensing
      California Consumer Privacy Act | CCPA
      E-discovery | eDiscovery

      [HR]
      Talent acquisition | Recruiting, Recruitment
      Interviewing
      Employee relations | ER
      Performance management
      Employee onboarding
      HR business partnering | HRBP
      Candidate sourcing | Sourcing
      Technical recruiting | Tech recruiting
      Compensation and benefits | C&B, Comp and ben
      Learning and development | L&D
      HR information systems | HRIS
      Workday
      Payroll
      Employee engagement
      Diversity, equity and inclusion | DEI, D&I
      Employer branding
      People analytics | HR analytics
      Workforce planning
      Succession planning
      Organisational development | OD, Organizational development
      Total rewards
      Instructional design
      Occupational health and safety | OHS, Health and safety
      Global mobility
      BambooHR
      SuccessFactors | SAP SuccessFactors

      [Leadership]
      People management | Line management
      Team leadership
      Mentoring
      Coaching
      Strategic planning
      Decision making
      Giving feedback
      Cross-functional collaboration | Cross-team collaboration
      Conflict resolution
      Delegation
      Team building
      Change leadership
      Executive communication
      Emotional intelligence | EQ
      Remote team management
      Organisational design | Org design, Organizational design
      Servant leadership

      [Business & communication]
      Public speaking | Presenting
      Problem solving
      Critical thinking
      Time management
      Business writing
      Technical writing | Tech writing
      Microsoft PowerPoint | PowerPoint
      Google Workspace | G Suite
      Microsoft 365 | Office 365, O365
      Slack
      Notion
      Miro
      Facilitation | Workshop facilitation
      Storytelling
      Business analysis | BA
      Process improvement | Continuous improvement
      Intercultural communication | Cross-cultural communication
      Translation

      [IT & workplace]
      IT support | Help desk
      IT service management | ITSM
      Systems administration | Sysadmin
      Active Directory | AD
      Computer networking | Networking, TCP/IP
      ServiceNow
      ITIL | IT Infrastructure Library
      Okta
      Microsoft Intune | Intune
      Jamf
      Mobile device management | MDM
      Windows Server
      macOS administration | Mac administration
      Firewall management | Firewalls
      VPN administration | VPN
      Cisco IOS
      IT asset management | ITAM
      Microsoft Exchange | Exchange Server
      SharePoint
      Backup and disaster recovery

      [Languages (spoken)]
      English
      Spanish | Español, Castilian
      French | Français
      German | Deutsch
      Mandarin Chinese | Mandarin, Putonghua
      Hindi
      Portuguese | Português
      Arabic
      Japanese | Nihongo
      Italian | Italiano
      Dutch | Nederlands
      Russian
      Korean
      Turkish | Türkçe
      Polish | Polski
      Ukrainian
      Vietnamese
      Swedish | Svenska
      Norwegian | Norsk
      Danish | Dansk
      Finnish | Suomi
      Greek
      Hebrew
      Bengali | Bangla
      Tamil
      Kannada
      Cantonese
      Indonesian | Bahasa Indonesia
      Malay | Bahasa Melayu
      Swahili | Kiswahili
      Yoruba
      Igbo
      Hausa
      Tagalog | Filipino
      British Sign Language | BSL
      American Sign Language | ASL
      """;

  /**
   * The categories only an enterprise's extra units draw on. They are new categories, never more
   * skills in a standard one, so that standard organisations pick exactly as before.
   */
  private static final String ENTERPRISE_TABLE =
      """
      [Supply chain & logistics]
      Supply chain management | SCM
      Inventory management
      Demand planning
      Supply planning
      Logistics
      Warehouse management | WMS
      Transportation management | TMS
      Order fulfilment | Order fulfillment
      Sales and operations planning | S&OP
      Freight forwarding
      Incoterms
      Strategic sourcing
      Category management
      Supplier relationship management | SRM
      Material requirements planning | MRP
      Distribution management
      Import and export compliance | Customs compliance
      Third-party logistics | 3PL
      Last-mile delivery
      Fleet management
      Reverse logistics
      Cold chain logistics | Cold chain
      Route optimisation | Route optimization
      Supply chain analytics
      Supply network design
      Capacity planning
      Production planning
      Dangerous goods handling | Hazmat
      Customs brokerage
      Forklift operation
      SAP Integrated Business Planning | SAP IBP
      Oracle Transportation Management | OTM
      Blue Yonder | JDA Software
      Kinaxis RapidResponse | Kinaxis

      [Manufacturing & quality]
      Quality assurance
      Lean manufacturing
      Root cause analysis | RCA
      ISO 9001
      Statistical process control | SPC
      Process engineering
      Overall equipment effectiveness | OEE
      Quality control | QC
      Failure mode and effects analysis | FMEA
      Kaizen
      5S
      Value stream mapping | VSM
      Corrective and preventive action | CAPA
      Good manufacturing practice | GMP
      Total productive maintenance | TPM
      Preventive maintenance
      Industrial engineering
      Computer-aided design | CAD
      AutoCAD
      SolidWorks
      Computer numerical control | CNC
      Programmable logic controllers | PLC
      Industrial automation
      Robotics
      Product lifecycle management | PLM
      Manufacturing execution systems | MES
      Metrology
      Welding
      Additive manufacturing | 3D printing
      Supplier quality management | SQM
      Environmental health and safety | EHS
      Injection moulding | Injection molding
      Design for manufacturability | DFM
      Geometric dimensioning and tolerancing | GD&T

      [Professional services]
      Management consulting
      Solution architecture
      Delivery management
      Data migration
      Systems integration
      Business process modelling | BPMN, Business process modeling
      Process mapping
      Implementation planning
      Scoping and estimation | Estimation
      User acceptance testing | UAT
      Enterprise architecture | TOGAF
      Integration architecture
      Digital transformation
      Go-live planning | Cutover planning
      Hypercare
      Training delivery
      Knowledge transfer
      Technical consulting
      Engagement management
      Proposal writing | Bid writing
      Change impact analysis
      Requirements workshops
      Managed services
      Utilisation management | Utilization management
      Fixed-price delivery
      Salesforce implementation
      SAP implementation
      Workday implementation
      ServiceNow implementation
      """;

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

  /** Above 1, so that picks lean towards the start of a category's list. */
  private static final double POPULARITY_SKEW = 1.7;

  static final List<SkillSeed> SKILLS = parse(TABLE);

  /** The standard skills, in the same order, then the enterprise categories. */
  static final List<SkillSeed> ENTERPRISE_SKILLS = parse(TABLE + ENTERPRISE_TABLE);

  private static final Map<String, List<String>> NAMES_BY_CATEGORY =
      namesByCategory(ENTERPRISE_SKILLS);

  private SkillTaxonomy() {}

  static List<SkillSeed> skills(OrgBreadth breadth) {
    return switch (breadth) {
      case STANDARD -> SKILLS;
      case ENTERPRISE -> ENTERPRISE_SKILLS;
    };
  }

  static Set<String> categories() {
    return NAMES_BY_CATEGORY.keySet();
  }

  /** A skill from {@code category}, favouring the ones listed first. */
  static String pickIn(String category, SplittableRandom random) {
    List<String> names = NAMES_BY_CATEGORY.get(category);
    if (names == null) {
      throw new IllegalArgumentException("Unknown skill category: " + category);
    }
    int index = (int) (names.size() * Math.pow(random.nextDouble(), POPULARITY_SKEW));
    return names.get(index);
  }

  private static List<SkillSeed> parse(String table) {
    List<SkillSeed> skills = new ArrayList<>();
    // Names and synonyms share one namespace so a search term never resolves to two skills. Terms
    // are compared folded the way the store keys them: lower case, accents dropped.
    Set<String> terms = new HashSet<>();
    // A category listed twice would grow in the middle of picking and change what it yields.
    Set<String> categories = new HashSet<>();
    String category = null;
    for (String line : table.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      if (line.startsWith("[")) {
        category = line.substring(1, line.length() - 1);
        if (!categories.add(category)) {
          throw new IllegalStateException("Skill category listed twice: " + category);
        }
        continue;
      }
      String[] parts = line.split(" \\| ", 2);
      List<String> synonyms = parts.length == 1 ? List.of() : List.of(parts[1].split(", "));
      for (String term : concat(parts[0], synonyms)) {
        if (!terms.add(fold(term))) {
          throw new IllegalStateException("Skill term used twice: " + term);
        }
      }
      skills.add(new SkillSeed(parts[0], category, synonyms));
    }
    return List.copyOf(skills);
  }

  private static String fold(String term) {
    String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
    return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static List<String> concat(String name, List<String> synonyms) {
    List<String> terms = new ArrayList<>(synonyms.size() + 1);
    terms.add(name);
    terms.addAll(synonyms);
    return terms;
  }

  private static Map<String, List<String>> namesByCategory(List<SkillSeed> skills) {
    Map<String, List<String>> byCategory = new LinkedHashMap<>();
    for (SkillSeed skill : skills) {
      byCategory.computeIfAbsent(skill.category(), c -> new ArrayList<>()).add(skill.name());
    }
    return byCategory;
  }
}
