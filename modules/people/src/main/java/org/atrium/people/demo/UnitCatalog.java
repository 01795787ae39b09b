package org.atrium.people.demo;

import java.util.List;
import java.util.stream.Stream;
import org.atrium.people.demo.UnitProfile.Department;

/**
 * The business units. The standard organisation has exactly ten because every unit head reports to
 * the CEO and nobody manages more than ten people; an enterprise adds two more, so its CEO leads an
 * executive team of twelve, the one span above ten.
 */
final class UnitCatalog {

  static final List<UnitProfile> UNITS =
      List.of(
          unit(
              "ENG",
              "Engineering",
              26,
              "VP Engineering",
              "Director of Engineering",
              "Programming languages=6; Software engineering=6; Cloud & infrastructure=3;"
                  + " Data & AI=1; Security=1; Project management=1; Languages (spoken)=1",
              """
              Platform | Engineering Manager | Software Engineer, Backend Engineer \
              | Java, Kotlin, Spring Boot, PostgreSQL, Microservices, Apache Kafka
              Web | Engineering Manager | Frontend Engineer, Full Stack Engineer \
              | TypeScript, JavaScript, React, CSS, Node.js
              Mobile | Engineering Manager | iOS Engineer, Android Engineer, Mobile Engineer \
              | Swift, Kotlin, iOS development, Android development, React Native
              Infrastructure | Infrastructure Manager | Site Reliability Engineer, DevOps Engineer \
              | Kubernetes, Terraform, Amazon Web Services, Linux, Prometheus, Go
              Security | Security Engineering Manager \
              | Security Engineer, Application Security Engineer \
              | Application security, Penetration testing, Threat modelling, \
              Identity and access management
              Quality | QA Manager | QA Engineer, Test Automation Engineer \
              | Test automation, Playwright, Selenium, Continuous Integration
              """),
          unit(
              "DATA",
              "Data & Analytics",
              8,
              "Chief Data Officer",
              "Director of Data & Analytics",
              "Data & AI=7; Programming languages=3; Cloud & infrastructure=1;"
                  + " Software engineering=1; Business & communication=1; Languages (spoken)=1",
              """
              Data Science | Data Science Manager | Data Scientist, Machine Learning Engineer \
              | Python, Machine Learning, Statistics, scikit-learn, PyTorch
              Data Engineering | Data Engineering Manager | Data Engineer, Analytics Engineer \
              | Python, SQL, Apache Spark, Apache Airflow, dbt, Snowflake
              Business Intelligence | BI Manager | Data Analyst, BI Analyst \
              | SQL, Tableau, Power BI, Data visualisation, Data analysis
              AI Research | Research Manager | Research Scientist, Applied Scientist \
              | Deep Learning, Natural Language Processing, Large Language Models, PyTorch
              """),
          unit(
              "PROD",
              "Product & Design",
              8,
              "Chief Product Officer",
              "Director of Product",
              "Product=5; Design=4; Project management=2; Business & communication=2;"
                  + " Data & AI=1; Languages (spoken)=1",
              """
              Product Management | Group Product Manager | Product Manager, Product Owner \
              | Product strategy, Product discovery, User stories, Objectives and key results
              Product Design | Design Manager | Product Designer, UX Designer, UI Designer \
              | User Experience Design, Figma, Prototyping, Design systems
              User Research | User Research Manager | UX Researcher \
              | User research, Usability testing, Customer journey mapping
              Content Design | Content Design Manager | Content Designer, UX Writer \
              | Content design, Technical writing, Information architecture
              """),
          unit(
              "SALES",
              "Sales",
              14,
              "VP Sales",
              "Sales Director",
              "Sales=7; Languages (spoken)=3; Business & communication=2; Marketing=1;"
                  + " Customer success=1",
              """
              Enterprise Sales | Sales Manager | Account Executive, Enterprise Account Executive \
              | Enterprise sales, Negotiation, Salesforce, MEDDIC
              Mid-Market Sales | Sales Manager | Account Executive \
              | Solution selling, Pipeline management, Salesforce, Prospecting
              Sales Development | Sales Development Manager \
              | Sales Development Representative, Business Development Representative \
              | Prospecting, Cold calling, Lead generation
              Solutions Engineering | Solutions Engineering Manager \
              | Solutions Engineer, Sales Engineer \
              | Presales, Product demonstrations, REST API design
              Partnerships | Partner Sales Manager | Partner Manager, Channel Account Manager \
              | Partner management, Channel sales, Business development
              Sales Operations | Sales Operations Manager | Sales Operations Analyst \
              | Sales operations, Sales forecasting, Salesforce
              """),
          unit(
              "MKT",
              "Marketing",
              7,
              "Chief Marketing Officer",
              "Director of Marketing",
              "Marketing=7; Business & communication=2; Languages (spoken)=2; Design=1; Product=1;"
                  + " Data & AI=1",
              """
              Brand | Brand Marketing Manager | Brand Marketer, Brand Designer \
              | Brand management, Graphic design, Storytelling
              Growth | Growth Marketing Manager | Growth Marketer, Performance Marketer \
              | Search Engine Optimisation, Google Ads, Conversion rate optimisation, \
              Google Analytics
              Content | Content Marketing Manager | Content Marketer, Copywriter, Video Producer \
              | Content marketing, Copywriting, Search Engine Optimisation
              Product Marketing | Group Product Marketing Manager | Product Marketing Manager \
              | Product marketing, Go-to-market strategy, Competitive analysis
              Events | Events Manager | Event Specialist, Event Coordinator \
              | Event planning, Public speaking, Social media marketing
              Communications | Communications Manager | Communications Specialist, PR Specialist \
              | Public relations, Internal communications, Crisis communications
              """),
          unit(
              "CS",
              "Customer Success",
              10,
              "VP Customer Success",
              "Director of Customer Success",
              "Customer success=6; Business & communication=2; Languages (spoken)=2; Sales=1;"
                  + " Product=1; IT & workplace=1",
              """
              Customer Support | Support Manager | Customer Support Specialist, Support Agent \
              | Customer support, Zendesk, Escalation management
              Customer Success Management | Customer Success Team Lead | Customer Success Manager \
              | Customer retention, Quarterly business reviews, Account management, \
              Net Promoter Score
              Onboarding | Onboarding Manager | Implementation Consultant, Onboarding Specialist \
              | Customer onboarding, Software implementation, Project management
              Technical Support | Technical Support Manager | Technical Support Engineer \
              | Technical support, SQL, Linux, Zendesk
              """),
          unit(
              "FIN",
              "Finance",
              6,
              "Chief Financial Officer",
              "Finance Director",
              "Finance=7; Business & communication=2; Legal=1; Data & AI=1; Languages (spoken)=1",
              """
              Accounting | Accounting Manager | Accountant, Accounts Payable Specialist \
              | Accounting, IFRS, Financial reporting, Microsoft Excel
              FP&A | FP&A Manager | Financial Analyst \
              | Financial planning and analysis, Financial modelling, Budgeting, Microsoft Excel
              Tax | Tax Manager | Tax Specialist, Tax Accountant \
              | Tax compliance, Transfer pricing, Accounting
              Treasury | Treasury Manager | Treasury Analyst \
              | Treasury management, Cash flow forecasting, Corporate finance
              Procurement | Procurement Manager | Procurement Specialist, Buyer \
              | Procurement, Vendor management, Negotiation
              """),
          unit(
              "HR",
              "Human Resources",
              6,
              "Chief People Officer",
              "HR Director",
              "HR=7; Business & communication=2; Leadership=1; Legal=1; Languages (spoken)=1",
              """
              Talent Acquisition | Talent Acquisition Manager \
              | Recruiter, Technical Recruiter, Talent Sourcer \
              | Talent acquisition, Interviewing, Candidate sourcing, Employer branding
              People Partnering | HR Manager | HR Business Partner \
              | HR business partnering, Employee relations, Performance management, Employment law
              Learning & Development | L&D Manager | Learning Specialist, Instructional Designer \
              | Learning and development, Instructional design, Coaching, Facilitation
              Total Rewards | Total Rewards Manager | Compensation Analyst, Benefits Specialist \
              | Compensation and benefits, Total rewards, Payroll, People analytics
              People Operations | People Operations Manager \
              | People Operations Specialist, HRIS Analyst \
              | HR information systems, Workday, Employee onboarding
              """),
          unit(
              "LEGAL",
              "Legal",
              3,
              "General Counsel",
              "Legal Director",
              "Legal=7; Business & communication=2; Security=1; Finance=1; Languages (spoken)=1",
              """
              Commercial Legal | Legal Manager | Legal Counsel, Paralegal \
              | Contract drafting, Contract law, Commercial law, Contract negotiation
              Privacy | Privacy Manager | Privacy Counsel, Privacy Analyst \
              | Data protection, General Data Protection Regulation, Privacy impact assessments
              Compliance | Compliance Manager | Compliance Analyst, Compliance Officer \
              | Regulatory compliance, Anti-money laundering, Know your customer
              Corporate Legal | Corporate Legal Manager | Corporate Counsel, Company Secretary \
              | Corporate law, Corporate governance, Mergers and acquisitions, Intellectual property
              """),
          unit(
              "IT",
              "IT",
              6,
              "Chief Information Officer",
              "Director of IT",
              "IT & workplace=6; Security=3; Cloud & infrastructure=2; Programming languages=1;"
                  + " Project management=1; Languages (spoken)=1",
              """
              Service Desk | Service Desk Manager | IT Support Specialist, Service Desk Analyst \
              | IT support, IT service management, ServiceNow, Microsoft 365
              Workplace Technology | Workplace Technology Manager \
              | Systems Administrator, Endpoint Engineer \
              | Systems administration, Mobile device management, Jamf, Microsoft Intune
              Enterprise Applications | Enterprise Applications Manager \
              | Business Systems Analyst, Salesforce Administrator \
              | Business analysis, Salesforce, Workday, ServiceNow
              Corporate Security | IT Security Manager | Security Analyst, Identity Engineer \
              | Okta, Identity and access management, Security operations, Endpoint protection
              Networks | Network Manager | Network Engineer \
              | Computer networking, Firewall management, Cisco IOS, VPN administration
              """));

  /** The units a large enterprise has besides the standard ones, with skills of their own. */
  static final List<UnitProfile> ENTERPRISE_EXTRA =
      List.of(
          unit(
              "OPS",
              "Operations & Supply Chain",
              12,
              "Chief Operating Officer",
              "Director of Operations",
              "Supply chain & logistics=6; Manufacturing & quality=4; Project management=1;"
                  + " Data & AI=1; Languages (spoken)=1",
              """
              Planning | Planning Manager | Demand Planner, Supply Planner \
              | Demand planning, Supply planning, Sales and operations planning, \
              Inventory management
              Logistics | Logistics Manager | Logistics Coordinator, Transport Planner \
              | Logistics, Transportation management, Freight forwarding, Incoterms
              Warehousing | Warehouse Manager | Warehouse Supervisor, Inventory Controller \
              | Warehouse management, Inventory management, Order fulfilment
              Manufacturing | Production Manager | Production Engineer, Process Engineer \
              | Lean manufacturing, Production planning, Process engineering, \
              Overall equipment effectiveness
              Quality | Quality Manager | Quality Engineer, Quality Inspector \
              | Quality assurance, Root cause analysis, ISO 9001, Statistical process control
              Strategic Sourcing | Sourcing Manager | Category Manager, Sourcing Specialist \
              | Strategic sourcing, Category management, Supplier relationship management, \
              Negotiation
              """),
          unit(
              "PS",
              "Professional Services",
              8,
              "VP Professional Services",
              "Director of Professional Services",
              "Professional services=6; Project management=2; Software engineering=1;"
                  + " Customer success=1; Business & communication=1; Languages (spoken)=1",
              """
              Consulting | Consulting Manager | Consultant, Business Consultant \
              | Management consulting, Business process modelling, Process mapping, \
              Digital transformation
              Solution Architecture | Architecture Manager | Solution Architect, Integration Architect \
              | Solution architecture, Integration architecture, Enterprise architecture, \
              Systems integration
              Delivery | Delivery Manager | Project Manager, Delivery Lead \
              | Delivery management, Implementation planning, Scoping and estimation, \
              Project management
              Implementation | Implementation Manager | Technical Consultant, Data Migration Specialist \
              | Data migration, User acceptance testing, Go-live planning, Hypercare
              Training | Training Manager | Trainer, Enablement Specialist \
              | Training delivery, Knowledge transfer, Instructional design
              """));

  private static final List<UnitProfile> ENTERPRISE =
      Stream.concat(UNITS.stream(), ENTERPRISE_EXTRA.stream()).toList();

  /** The CEO belongs to no unit, so their skills are drawn from this mix instead. */
  static final SkillMix EXECUTIVE_SKILLS =
      SkillMix.of("Leadership=6; Business & communication=3; Product=1; Languages (spoken)=1");

  private UnitCatalog() {}

  static List<UnitProfile> units(OrgBreadth breadth) {
    return switch (breadth) {
      case STANDARD -> UNITS;
      case ENTERPRISE -> ENTERPRISE;
    };
  }

  static UnitProfile unit(String code) {
    return UNITS.stream()
        .filter(u -> u.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No unit " + code));
  }

  private static UnitProfile unit(
      String code,
      String name,
      int weight,
      String headTitle,
      String directorTitle,
      String skillWeights,
      String departments) {
    return new UnitProfile(
        code,
        name,
        weight,
        headTitle,
        directorTitle,
        SkillMix.of(skillWeights),
        departments.lines().map(UnitCatalog::department).toList());
  }

  /** Parses {@code Name | Manager title | individual titles | core skills}. */
  private static Department department(String line) {
    String[] fields = line.split("\\s*\\|\\s*");
    return new Department(fields[0], fields[1], commaList(fields[2]), commaList(fields[3]));
  }

  private static List<String> commaList(String text) {
    return List.of(text.strip().split("\\s*,\\s*"));
  }
}
