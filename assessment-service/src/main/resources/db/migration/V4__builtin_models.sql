-- The built-in questionnaire models, reference data of every installation: published, owned by 'od4g' (no demo
-- organisation), each written here as the very document that GET /api/models/{id}/export answers and
-- POST /api/models/import accepts. A change is a new model (a new migration) that names its predecessor.

-- od4g-local-maturity-2026: Open data maturity of local and regional public bodies
INSERT INTO questionnaire_model (id, code, title, description, scoring, status, owner_organisation, created_by,
                                 created_at, updated_at, row_version, predecessor, family, fallback_language, structure)
SELECT '3f1c0c8e-6a7b-4f0e-9d2a-0d4c0a000001'::uuid, doc ->> 'code', doc -> 'title', doc -> 'description', doc ->> 'scoring', 'PUBLISHED', 'od4g', NULL,
       TIMESTAMPTZ '2026-11-28 00:00:00Z', TIMESTAMPTZ '2026-11-28 00:00:00Z', 0, NULL, doc ->> 'code',
       doc ->> 'fallbackLanguage', jsonb_build_object('levels', doc -> 'levels', 'dimensions', doc -> 'dimensions')
FROM (VALUES ($model$
{
 "code": "od4g-local-maturity-2026",
 "title": {
  "fr": "Maturité open data des collectivités locales et régionales",
  "en": "Open data maturity of local and regional public bodies"
 },
 "description": {
  "fr": "Modèle intégré OD4Growth, sur les quatre dimensions de l'Open Data Maturity européen (politique, impact, portail, qualité), écrit à l'échelle d'une région, d'un département, d'une intercommunalité, d'une ville, d'un parc naturel ou d'une agence. Notation pondérée : chaque réponse rapporte une fraction du poids de sa question.",
  "en": "Built-in OD4Growth model on the four dimensions of the European Open Data Maturity assessment (policy, impact, portal, quality), written at the scale of a region, département, intercommunality, city, natural park or agency. Weighted scoring: each answer earns a fraction of its question's weight."
 },
 "scoring": "WEIGHTED",
 "fallbackLanguage": "en",
 "levels": [
  {
   "code": "beginner",
   "name": {
    "fr": "Débutant",
    "en": "Beginner"
   },
   "description": {
    "fr": "Les premières données sont ouvertes ; l'organisation se structure.",
    "en": "First data are open; the organisation is getting organised."
   },
   "from": 0
  },
  {
   "code": "follower",
   "name": {
    "fr": "Suiveur",
    "en": "Follower"
   },
   "description": {
    "fr": "Une politique existe et une publication régulière s'installe.",
    "en": "A policy exists and regular publication is settling in."
   },
   "from": 35
  },
  {
   "code": "fast-tracker",
   "name": {
    "fr": "Accélérateur",
    "en": "Fast-tracker"
   },
   "description": {
    "fr": "La publication est organisée, décrite et suivie ; les réutilisations sont connues.",
    "en": "Publication is organised, described and monitored; reuses are known."
   },
   "from": 60
  },
  {
   "code": "trend-setter",
   "name": {
    "fr": "Pionnier",
    "en": "Trend-setter"
   },
   "description": {
    "fr": "La donnée ouverte est un réflexe de l'organisation et ses effets sont mesurés.",
    "en": "Open data is second nature to the organisation and its effects are measured."
   },
   "from": 80
  }
 ],
 "dimensions": [
  {
   "code": "policy",
   "title": {
    "fr": "Politique",
    "en": "Policy"
   },
   "description": {
    "fr": "Ce que l'organisation a décidé, organisé et mis en œuvre pour ouvrir ses données.",
    "en": "What the organisation has decided, organised and put in place to open its data."
   },
   "subDimensions": [
    {
     "code": "policy.strategy",
     "title": {
      "fr": "Stratégie et engagement",
      "en": "Strategy and commitment"
     },
     "questions": [
      {
       "code": "POL.1.1",
       "type": "YES_NO",
       "text": {
        "fr": "Votre organisation a-t-elle adopté une politique ou une stratégie d'ouverture des données (délibération, feuille de route) ?",
        "en": "Has your organisation adopted an open data policy or strategy (council decision, roadmap)?"
       },
       "weight": 20
      },
      {
       "code": "POL.1.2",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "L'ouverture des données figure-t-elle dans votre stratégie numérique ou territoriale ?",
        "en": "Is open data part of your digital or territorial strategy?"
       },
       "weight": 15,
       "options": [
        {
         "code": "integrated",
         "label": {
          "fr": "Oui, avec des objectifs et des moyens",
          "en": "Yes, with objectives and resources"
         },
         "fraction": 1
        },
        {
         "code": "mentioned",
         "label": {
          "fr": "Elle y est mentionnée",
          "en": "It is mentioned"
         },
         "fraction": 0.5
        },
        {
         "code": "no",
         "label": {
          "fr": "Pas encore",
          "en": "Not yet"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "POL.1.3",
       "type": "YES_NO",
       "text": {
        "fr": "Appliquez-vous l'ouverture par défaut des données que vous produisez, comme la loi vous y oblige ?",
        "en": "Do you apply 'open by default' to the data you produce, as the law requires of you?"
       },
       "weight": 10,
       "notApplicable": "FULL_CREDIT",
       "help": {
        "fr": "Répondez « sans objet » si la loi ne vous y oblige pas (en France : collectivités de moins de 3 500 habitants ou de moins de 50 agents).",
        "en": "Answer 'not applicable' if the law does not require it of you (in France: authorities under 3,500 inhabitants or 50 staff)."
       }
      },
      {
       "code": "POL.1.4",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "Quels moyens financiers consacrez-vous à l'ouverture des données ?",
        "en": "What funding do you give to open data?"
       },
       "weight": 10,
       "options": [
        {
         "code": "dedicated",
         "label": {
          "fr": "Une ligne budgétaire dédiée",
          "en": "A budget line of its own"
         },
         "fraction": 1
        },
        {
         "code": "shared",
         "label": {
          "fr": "Une part d'autres budgets",
          "en": "A share of other budgets"
         },
         "fraction": 0.5
        },
        {
         "code": "none",
         "label": {
          "fr": "Aucun",
          "en": "None"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "POL.1.5",
       "type": "INFORMATIONAL",
       "text": {
        "fr": "Quelle est votre principale motivation pour ouvrir vos données ?",
        "en": "What is your main reason for opening your data?"
       },
       "options": [
        {
         "code": "transparency",
         "label": {
          "fr": "Transparence de l'action publique",
          "en": "Transparency of public action"
         }
        },
        {
         "code": "services",
         "label": {
          "fr": "Nouveaux services aux usagers",
          "en": "New services to users"
         }
        },
        {
         "code": "economy",
         "label": {
          "fr": "Développement économique",
          "en": "Economic development"
         }
        },
        {
         "code": "efficiency",
         "label": {
          "fr": "Efficacité interne",
          "en": "Internal efficiency"
         }
        },
        {
         "code": "law",
         "label": {
          "fr": "Obligation légale",
          "en": "Legal obligation"
         }
        }
       ]
      }
     ]
    },
    {
     "code": "policy.governance",
     "title": {
      "fr": "Gouvernance et compétences",
      "en": "Governance and skills"
     },
     "questions": [
      {
       "code": "POL.2.1",
       "type": "YES_NO",
       "text": {
        "fr": "Une personne ou une équipe est-elle chargée de l'ouverture des données (administrateur ou référent des données) ?",
        "en": "Is a person or team in charge of open data (data officer or data champion)?"
       },
       "weight": 15
      },
      {
       "code": "POL.2.2",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "Combien de vos services recensent les données qu'ils détiennent et pourraient ouvrir ?",
        "en": "How many of your departments list the data they hold and could open?"
       },
       "weight": 15,
       "options": [
        {
         "code": "all",
         "label": {
          "fr": "Tous",
          "en": "All of them"
         },
         "fraction": 1
        },
        {
         "code": "majority",
         "label": {
          "fr": "La majorité",
          "en": "Most of them"
         },
         "fraction": 0.75
        },
        {
         "code": "half",
         "label": {
          "fr": "Environ la moitié",
          "en": "About half"
         },
         "fraction": 0.5
        },
        {
         "code": "few",
         "label": {
          "fr": "Quelques-uns",
          "en": "A few"
         },
         "fraction": 0.25
        },
        {
         "code": "none",
         "label": {
          "fr": "Aucun",
          "en": "None"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "POL.2.3",
       "type": "YES_NO",
       "text": {
        "fr": "Vos agents sont-ils formés à l'ouverture des données (publication, licences, données personnelles) ?",
        "en": "Are your staff trained in open data (publication, licences, personal data)?"
       },
       "weight": 10
      },
      {
       "code": "POL.2.4",
       "type": "YES_NO",
       "text": {
        "fr": "Vos marchés publics et délégations de service public imposent-ils la remise des données produites dans un format ouvert ?",
        "en": "Do your public contracts and concessions require the data they produce to be handed over in an open format?"
       },
       "weight": 10,
       "unsureAllowed": true
      },
      {
       "code": "POL.2.5",
       "type": "INFORMATIONAL",
       "text": {
        "fr": "Comment la gouvernance des données est-elle organisée ?",
        "en": "How is data governance organised?"
       },
       "options": [
        {
         "code": "central",
         "label": {
          "fr": "Centralisée",
          "en": "Centralised"
         }
        },
        {
         "code": "distributed",
         "label": {
          "fr": "Répartie dans les services",
          "en": "Spread across departments"
         }
        },
        {
         "code": "mixed",
         "label": {
          "fr": "Mixte",
          "en": "Mixed"
         }
        }
       ]
      }
     ]
    },
    {
     "code": "policy.implementation",
     "title": {
      "fr": "Mise en œuvre",
      "en": "Implementation"
     },
     "questions": [
      {
       "code": "POL.3.1",
       "type": "YES_NO",
       "text": {
        "fr": "Tenez-vous un inventaire des données détenues par votre organisation ?",
        "en": "Do you keep an inventory of the data your organisation holds?"
       },
       "weight": 10
      },
      {
       "code": "POL.3.2",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "Avez-vous planifié les prochaines ouvertures de données ?",
        "en": "Have you planned which data to open next?"
       },
       "weight": 15,
       "options": [
        {
         "code": "dated",
         "label": {
          "fr": "Oui, avec des échéances",
          "en": "Yes, with target dates"
         },
         "fraction": 1
        },
        {
         "code": "list",
         "label": {
          "fr": "Une liste sans échéances",
          "en": "A list without dates"
         },
         "fraction": 0.5
        },
        {
         "code": "no",
         "label": {
          "fr": "Non",
          "en": "No"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "POL.3.3",
       "type": "YES_NO",
       "text": {
        "fr": "Vérifiez-vous l'absence de données personnelles ou confidentielles (RGPD, secrets protégés) avant publication ?",
        "en": "Do you check for personal or confidential data (GDPR, protected secrets) before publishing?"
       },
       "weight": 10
      },
      {
       "code": "POL.3.4",
       "type": "YES_NO",
       "text": {
        "fr": "Participez-vous à un réseau d'acteurs de la donnée (réseau régional, OpenDataFrance, partenaires OD4Growth) ?",
        "en": "Do you take part in a network of open data actors (regional network, national association, OD4Growth partners)?"
       },
       "weight": 10
      }
     ]
    }
   ]
  },
  {
   "code": "impact",
   "title": {
    "fr": "Impact",
    "en": "Impact"
   },
   "description": {
    "fr": "Ce que l'organisation sait des usages de ses données, l'usage qu'elle fait elle-même des données et les effets observés.",
    "en": "What the organisation knows of the use of its data, its own use of data and the effects it observes."
   },
   "subDimensions": [
    {
     "code": "impact.awareness",
     "title": {
      "fr": "Connaissance des réutilisations",
      "en": "Knowing reuse"
     },
     "questions": [
      {
       "code": "IMP.1.1",
       "type": "YES_NO",
       "text": {
        "fr": "Savez-vous qui réutilise vos données (entreprises, associations, chercheurs, autres administrations) ?",
        "en": "Do you know who reuses your data (businesses, associations, researchers, other public bodies)?"
       },
       "weight": 10
      },
      {
       "code": "IMP.1.2",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "Mesurez-vous la réutilisation de vos données (téléchargements, appels d'API, réutilisations déclarées) ?",
        "en": "Do you measure the reuse of your data (downloads, API calls, declared reuses)?"
       },
       "weight": 10,
       "options": [
        {
         "code": "systematic",
         "label": {
          "fr": "Systématiquement",
          "en": "Systematically"
         },
         "fraction": 1
        },
        {
         "code": "sometimes",
         "label": {
          "fr": "Ponctuellement",
          "en": "Occasionally"
         },
         "fraction": 0.5
        },
        {
         "code": "never",
         "label": {
          "fr": "Jamais",
          "en": "Never"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "IMP.1.3",
       "type": "YES_NO",
       "text": {
        "fr": "Recueillez-vous les besoins et les demandes de données des usagers (formulaire, rencontres, hackathons) ?",
        "en": "Do you collect users' needs and data requests (form, meetings, hackathons)?"
       },
       "weight": 10
      }
     ]
    },
    {
     "code": "impact.uses",
     "title": {
      "fr": "Usage des données par l'organisation",
      "en": "The organisation's own use of data"
     },
     "questions": [
      {
       "code": "IMP.2.1",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "Vos services utilisent-ils des données ouvertes publiées par d'autres (État, autres collectivités, portails nationaux) ?",
        "en": "Do your departments use open data published by others (State, other authorities, national portals)?"
       },
       "weight": 15,
       "options": [
        {
         "code": "regularly",
         "label": {
          "fr": "Régulièrement",
          "en": "Regularly"
         },
         "fraction": 1
        },
        {
         "code": "sometimes",
         "label": {
          "fr": "Ponctuellement",
          "en": "Occasionally"
         },
         "fraction": 0.5
        },
        {
         "code": "never",
         "label": {
          "fr": "Jamais",
          "en": "Never"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "IMP.2.2",
       "type": "MULTIPLE_CHOICE",
       "text": {
        "fr": "Pour quels usages votre organisation exploite-t-elle des données ?",
        "en": "What does your organisation use data for?"
       },
       "weight": 15,
       "cap": 1,
       "options": [
        {
         "code": "steering",
         "label": {
          "fr": "Piloter les politiques publiques",
          "en": "Steering public policies"
         },
         "fraction": 0.25
        },
        {
         "code": "diagnosis",
         "label": {
          "fr": "Diagnostics territoriaux",
          "en": "Territorial diagnoses"
         },
         "fraction": 0.25
        },
        {
         "code": "information",
         "label": {
          "fr": "Informer les habitants",
          "en": "Informing residents"
         },
         "fraction": 0.25
        },
        {
         "code": "services",
         "label": {
          "fr": "Services et applications",
          "en": "Services and applications"
         },
         "fraction": 0.25
        },
        {
         "code": "evaluation",
         "label": {
          "fr": "Évaluer les politiques publiques",
          "en": "Evaluating public policies"
         },
         "fraction": 0.25
        }
       ]
      },
      {
       "code": "IMP.2.3",
       "type": "FREE_TEXT",
       "text": {
        "fr": "Quelles sources de données utilisez-vous le plus ?",
        "en": "Which data sources do you use most?"
       },
       "required": false
      }
     ]
    },
    {
     "code": "impact.outcomes",
     "title": {
      "fr": "Effets observés",
      "en": "Observed effects"
     },
     "questions": [
      {
       "code": "IMP.3.1",
       "type": "YES_NO",
       "text": {
        "fr": "L'ouverture de vos données a-t-elle permis un service public nouveau ou amélioré ?",
        "en": "Has opening your data led to a new or improved public service?"
       },
       "weight": 10,
       "unsureAllowed": true
      },
      {
       "code": "IMP.3.2",
       "type": "YES_NO",
       "text": {
        "fr": "A-t-elle favorisé une activité économique (entreprises, tourisme, commerce) ?",
        "en": "Has it fostered economic activity (businesses, tourism, trade)?"
       },
       "weight": 10,
       "unsureAllowed": true
      },
      {
       "code": "IMP.3.3",
       "type": "YES_NO",
       "text": {
        "fr": "A-t-elle eu un effet social (participation, inclusion, transparence) ?",
        "en": "Has it had a social effect (participation, inclusion, transparency)?"
       },
       "weight": 10,
       "unsureAllowed": true
      },
      {
       "code": "IMP.3.4",
       "type": "YES_NO",
       "text": {
        "fr": "A-t-elle eu un effet environnemental (énergie, mobilité, biodiversité) ?",
        "en": "Has it had an environmental effect (energy, mobility, biodiversity)?"
       },
       "weight": 10,
       "unsureAllowed": true
      },
      {
       "code": "IMP.3.5",
       "type": "NUMERIC",
       "text": {
        "fr": "Combien de réutilisations de vos données connaissez-vous ?",
        "en": "How many reuses of your data do you know of?"
       },
       "weight": 10,
       "bands": [
        {
         "to": 1,
         "fraction": 0
        },
        {
         "from": 1,
         "to": 3,
         "fraction": 0.3
        },
        {
         "from": 3,
         "to": 10,
         "fraction": 0.6
        },
        {
         "from": 10,
         "fraction": 1
        }
       ]
      }
     ]
    }
   ]
  },
  {
   "code": "portal",
   "title": {
    "fr": "Portail",
    "en": "Portal"
   },
   "description": {
    "fr": "Où et comment l'organisation publie ses données, leur volume et la façon dont elles sont trouvées et utilisées.",
    "en": "Where and how the organisation publishes its data, how much, and how the data are found and used."
   },
   "subDimensions": [
    {
     "code": "portal.access",
     "title": {
      "fr": "Canal de publication",
      "en": "Publication channel"
     },
     "questions": [
      {
       "code": "POR.1.1",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "Où publiez-vous vos données ?",
        "en": "Where do you publish your data?"
       },
       "weight": 20,
       "options": [
        {
         "code": "own",
         "label": {
          "fr": "Sur notre propre portail",
          "en": "On our own portal"
         },
         "fraction": 1
        },
        {
         "code": "shared",
         "label": {
          "fr": "Sur un portail mutualisé (régional ou national)",
          "en": "On a shared portal (regional or national)"
         },
         "fraction": 1
        },
        {
         "code": "website",
         "label": {
          "fr": "Sur notre site internet seulement",
          "en": "On our website only"
         },
         "fraction": 0.5
        },
        {
         "code": "nowhere",
         "label": {
          "fr": "Nulle part pour l'instant",
          "en": "Nowhere yet"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "POR.1.2",
       "type": "YES_NO",
       "text": {
        "fr": "Vos jeux de données sont-ils aussi référencés sur le portail national (moissonnage) ?",
        "en": "Are your datasets also listed on the national portal (harvesting)?"
       },
       "weight": 10
      },
      {
       "code": "POR.1.3",
       "type": "YES_NO",
       "text": {
        "fr": "Les données sont-elles téléchargeables en masse ou par API, dans des formats lisibles par machine (CSV, JSON, GeoJSON) ?",
        "en": "Can the data be downloaded in bulk or through an API, in machine-readable formats (CSV, JSON, GeoJSON)?"
       },
       "weight": 10
      },
      {
       "code": "POR.1.4",
       "type": "YES_NO",
       "text": {
        "fr": "Les usagers peuvent-ils signaler une erreur, poser une question ou demander une donnée ?",
        "en": "Can users report an error, ask a question or request data?"
       },
       "weight": 10
      },
      {
       "code": "POR.1.5",
       "type": "YES_NO",
       "text": {
        "fr": "Proposez-vous des visualisations ou des cartes de vos données ?",
        "en": "Do you offer visualisations or maps of your data?"
       },
       "weight": 10
      }
     ]
    },
    {
     "code": "portal.provision",
     "title": {
      "fr": "Données publiées",
      "en": "Data published"
     },
     "questions": [
      {
       "code": "POR.2.1",
       "type": "NUMERIC",
       "text": {
        "fr": "Combien de jeux de données votre organisation publie-t-elle ?",
        "en": "How many datasets does your organisation publish?"
       },
       "weight": 20,
       "bands": [
        {
         "to": 1,
         "fraction": 0
        },
        {
         "from": 1,
         "to": 10,
         "fraction": 0.25
        },
        {
         "from": 10,
         "to": 50,
         "fraction": 0.5
        },
        {
         "from": 50,
         "to": 200,
         "fraction": 0.75
        },
        {
         "from": 200,
         "fraction": 1
        }
       ]
      },
      {
       "code": "POR.2.2",
       "type": "MULTIPLE_CHOICE",
       "text": {
        "fr": "Parmi ces données de référence, lesquelles publiez-vous ?",
        "en": "Which of these reference data do you publish?"
       },
       "weight": 20,
       "cap": 1,
       "options": [
        {
         "code": "budget",
         "label": {
          "fr": "Budget et comptes",
          "en": "Budget and accounts"
         },
         "fraction": 0.2
        },
        {
         "code": "procurement",
         "label": {
          "fr": "Marchés publics",
          "en": "Public procurement"
         },
         "fraction": 0.2
        },
        {
         "code": "geo",
         "label": {
          "fr": "Données géographiques (adresses, cadastre)",
          "en": "Geographic data (addresses, land registry)"
         },
         "fraction": 0.2
        },
        {
         "code": "mobility",
         "label": {
          "fr": "Transports et mobilité",
          "en": "Transport and mobility"
         },
         "fraction": 0.2
        },
        {
         "code": "environment",
         "label": {
          "fr": "Environnement (air, eau, déchets)",
          "en": "Environment (air, water, waste)"
         },
         "fraction": 0.2
        },
        {
         "code": "decisions",
         "label": {
          "fr": "Délibérations et décisions",
          "en": "Council decisions"
         },
         "fraction": 0.2
        }
       ]
      },
      {
       "code": "POR.2.3",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "À quel rythme ajoutez-vous ou mettez-vous à jour des jeux de données ?",
        "en": "How often do you add or update datasets?"
       },
       "weight": 10,
       "options": [
        {
         "code": "continuous",
         "label": {
          "fr": "En continu",
          "en": "Continuously"
         },
         "fraction": 1
        },
        {
         "code": "monthly",
         "label": {
          "fr": "Chaque mois",
          "en": "Monthly"
         },
         "fraction": 0.75
        },
        {
         "code": "yearly",
         "label": {
          "fr": "Chaque année",
          "en": "Yearly"
         },
         "fraction": 0.5
        },
        {
         "code": "rarely",
         "label": {
          "fr": "Rarement",
          "en": "Rarely"
         },
         "fraction": 0
        }
       ]
      }
     ]
    },
    {
     "code": "portal.usage",
     "title": {
      "fr": "Usage et promotion",
      "en": "Use and promotion"
     },
     "questions": [
      {
       "code": "POR.3.1",
       "type": "YES_NO",
       "text": {
        "fr": "Suivez-vous la fréquentation de votre portail (visites, téléchargements) ?",
        "en": "Do you track the use of your portal (visits, downloads)?"
       },
       "weight": 10,
       "notApplicable": "EXCLUDED",
       "help": {
        "fr": "« Sans objet » si vous publiez sur un portail mutualisé qui ne vous donne pas ces chiffres.",
        "en": "'Not applicable' if you publish on a shared portal that does not give you these figures."
       }
      },
      {
       "code": "POR.3.2",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "Faites-vous connaître vos données (lettre d'information, réseaux sociaux, événements, ateliers) ?",
        "en": "Do you promote your data (newsletter, social media, events, workshops)?"
       },
       "weight": 10,
       "options": [
        {
         "code": "regularly",
         "label": {
          "fr": "Régulièrement",
          "en": "Regularly"
         },
         "fraction": 1
        },
        {
         "code": "sometimes",
         "label": {
          "fr": "Ponctuellement",
          "en": "Occasionally"
         },
         "fraction": 0.5
        },
        {
         "code": "never",
         "label": {
          "fr": "Jamais",
          "en": "Never"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "POR.3.3",
       "type": "SCALE",
       "text": {
        "fr": "Est-il facile pour un habitant de trouver vos données ?",
        "en": "How easy is it for a resident to find your data?"
       },
       "weight": 10,
       "unsureAllowed": true,
       "scale": {
        "min": 1,
        "max": 5,
        "minLabel": {
         "fr": "Très difficile",
         "en": "Very hard"
        },
        "maxLabel": {
         "fr": "Très facile",
         "en": "Very easy"
        }
       }
      }
     ]
    }
   ]
  },
  {
   "code": "quality",
   "title": {
    "fr": "Qualité",
    "en": "Quality"
   },
   "description": {
    "fr": "La fraîcheur, la description, les standards et le contrôle de la qualité des données publiées.",
    "en": "How current, well described, standard and checked the published data are."
   },
   "subDimensions": [
    {
     "code": "quality.currency",
     "title": {
      "fr": "Fraîcheur et complétude",
      "en": "Currency and completeness"
     },
     "questions": [
      {
       "code": "QUA.1.1",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "Quelle part de vos jeux de données est à jour selon la fréquence annoncée ?",
        "en": "What share of your datasets is up to date according to its stated frequency?"
       },
       "weight": 15,
       "options": [
        {
         "code": "p100",
         "label": {
          "fr": "100 %",
          "en": "100 %"
         },
         "fraction": 1
        },
        {
         "code": "p90",
         "label": {
          "fr": "90 à 99 %",
          "en": "90 to 99 %"
         },
         "fraction": 0.9
        },
        {
         "code": "p70",
         "label": {
          "fr": "70 à 89 %",
          "en": "70 to 89 %"
         },
         "fraction": 0.75
        },
        {
         "code": "p50",
         "label": {
          "fr": "50 à 69 %",
          "en": "50 to 69 %"
         },
         "fraction": 0.55
        },
        {
         "code": "p30",
         "label": {
          "fr": "30 à 49 %",
          "en": "30 to 49 %"
         },
         "fraction": 0.3
        },
        {
         "code": "p0",
         "label": {
          "fr": "Moins de 30 %",
          "en": "Under 30 %"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "QUA.1.2",
       "type": "YES_NO",
       "text": {
        "fr": "Chaque jeu de données indique-t-il sa fréquence de mise à jour et la période couverte ?",
        "en": "Does every dataset state its update frequency and the period it covers?"
       },
       "weight": 10
      },
      {
       "code": "QUA.1.3",
       "type": "YES_NO",
       "text": {
        "fr": "Les versions antérieures des jeux de données restent-elles disponibles ?",
        "en": "Do earlier versions of datasets stay available?"
       },
       "weight": 10
      }
     ]
    },
    {
     "code": "quality.metadata",
     "title": {
      "fr": "Métadonnées et standards",
      "en": "Metadata and standards"
     },
     "questions": [
      {
       "code": "QUA.2.1",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "Vos métadonnées suivent-elles DCAT-AP (ou son profil national) ?",
        "en": "Do your metadata follow DCAT-AP (or its national profile)?"
       },
       "weight": 15,
       "options": [
        {
         "code": "all",
         "label": {
          "fr": "Tous",
          "en": "All"
         },
         "fraction": 1
        },
        {
         "code": "majority",
         "label": {
          "fr": "La majorité",
          "en": "Most"
         },
         "fraction": 0.8
        },
        {
         "code": "half",
         "label": {
          "fr": "Environ la moitié",
          "en": "About half"
         },
         "fraction": 0.67
        },
        {
         "code": "few",
         "label": {
          "fr": "Quelques-uns",
          "en": "A few"
         },
         "fraction": 0.33
        },
        {
         "code": "none",
         "label": {
          "fr": "Aucun",
          "en": "None"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "QUA.2.2",
       "type": "YES_NO",
       "text": {
        "fr": "Chaque jeu de données porte-t-il une licence ouverte (Licence Ouverte 2.0, ODbL, CC-BY 4.0) ?",
        "en": "Does every dataset carry an open licence (Etalab Open Licence 2.0, ODbL, CC-BY 4.0)?"
       },
       "weight": 10
      },
      {
       "code": "QUA.2.3",
       "type": "YES_NO",
       "text": {
        "fr": "Utilisez-vous les schémas de données communs quand ils existent (par exemple schema.data.gouv.fr) ?",
        "en": "Do you use common data schemas where they exist (e.g. schema.data.gouv.fr)?"
       },
       "weight": 10,
       "unsureAllowed": true
      },
      {
       "code": "QUA.2.4",
       "type": "YES_NO",
       "text": {
        "fr": "Chaque jeu de données indique-t-il un point de contact ?",
        "en": "Does every dataset name a contact point?"
       },
       "weight": 10
      }
     ]
    },
    {
     "code": "quality.monitoring",
     "title": {
      "fr": "Contrôle de la qualité",
      "en": "Quality monitoring"
     },
     "questions": [
      {
       "code": "QUA.3.1",
       "type": "YES_NO",
       "text": {
        "fr": "Contrôlez-vous la qualité des jeux de données avant publication (format, complétude, erreurs) ?",
        "en": "Do you check datasets before publishing (format, completeness, errors)?"
       },
       "weight": 10
      },
      {
       "code": "QUA.3.2",
       "type": "YES_NO",
       "text": {
        "fr": "Utilisez-vous un indicateur de qualité des métadonnées (celui de votre portail ou de data.europa.eu) pour vous améliorer ?",
        "en": "Do you use a metadata quality score (your portal's or data.europa.eu's) to improve?"
       },
       "weight": 10
      },
      {
       "code": "QUA.3.3",
       "type": "SINGLE_CHOICE",
       "text": {
        "fr": "Quelle part de vos jeux de données est publiée dans un format ouvert et lisible par machine (pas en PDF) ?",
        "en": "What share of your datasets is published in an open, machine-readable format (not PDF)?"
       },
       "weight": 10,
       "options": [
        {
         "code": "all",
         "label": {
          "fr": "Tous",
          "en": "All"
         },
         "fraction": 1
        },
        {
         "code": "majority",
         "label": {
          "fr": "La majorité",
          "en": "Most"
         },
         "fraction": 0.8
        },
        {
         "code": "half",
         "label": {
          "fr": "Environ la moitié",
          "en": "About half"
         },
         "fraction": 0.67
        },
        {
         "code": "few",
         "label": {
          "fr": "Quelques-uns",
          "en": "A few"
         },
         "fraction": 0.33
        },
        {
         "code": "none",
         "label": {
          "fr": "Aucun",
          "en": "None"
         },
         "fraction": 0
        }
       ]
      },
      {
       "code": "QUA.3.4",
       "type": "FREE_TEXT",
       "text": {
        "fr": "Quels problèmes rencontrez-vous pour publier ou utiliser des données ouvertes ?",
        "en": "What problems do you meet in publishing or using open data?"
       },
       "required": false
      }
     ]
    }
   ]
  }
 ]
}
$model$::jsonb)) AS builtin (doc);

-- od4g-local-pathway-2026: Open data pathway for local public bodies
INSERT INTO questionnaire_model (id, code, title, description, scoring, status, owner_organisation, created_by,
                                 created_at, updated_at, row_version, predecessor, family, fallback_language, structure)
SELECT '3f1c0c8e-6a7b-4f0e-9d2a-0d4c0a000002'::uuid, doc ->> 'code', doc -> 'title', doc -> 'description', doc ->> 'scoring', 'PUBLISHED', 'od4g', NULL,
       TIMESTAMPTZ '2026-11-28 00:00:00Z', TIMESTAMPTZ '2026-11-28 00:00:00Z', 0, NULL, doc ->> 'code',
       doc ->> 'fallbackLanguage', jsonb_build_object('levels', doc -> 'levels', 'dimensions', doc -> 'dimensions')
FROM (VALUES ($model$
{
 "code": "od4g-local-pathway-2026",
 "title": {
  "fr": "Parcours de maturité open data des collectivités",
  "en": "Open data pathway for local public bodies"
 },
 "description": {
  "fr": "Modèle intégré OD4Growth en échelle de niveaux, inspiré de l'Open Data Pathway de l'ODI : chaque activité atteint le plus haut niveau dont toutes les questions, et celles des niveaux inférieurs, sont remplies ; un thème est au niveau de sa plus faible activité.",
  "en": "Built-in OD4Growth level-ladder model after the ODI's Open Data Pathway: each activity reaches the highest level whose questions, and those of every lower level, are all fulfilled; a theme is at the level of its weakest activity."
 },
 "scoring": "LEVEL_LADDER",
 "fallbackLanguage": "en",
 "levels": [
  {
   "code": "initial",
   "name": {
    "fr": "Initial",
    "en": "Initial"
   },
   "description": {
    "fr": "Des actions ponctuelles, portées par des personnes.",
    "en": "One-off actions carried by individuals."
   },
   "from": 1
  },
  {
   "code": "repeatable",
   "name": {
    "fr": "Reproductible",
    "en": "Repeatable"
   },
   "description": {
    "fr": "Des pratiques répétées, encore peu formalisées.",
    "en": "Repeated practices, still informal."
   },
   "from": 2
  },
  {
   "code": "defined",
   "name": {
    "fr": "Défini",
    "en": "Defined"
   },
   "description": {
    "fr": "Des processus écrits et partagés.",
    "en": "Written, shared processes."
   },
   "from": 3
  },
  {
   "code": "managed",
   "name": {
    "fr": "Maîtrisé",
    "en": "Managed"
   },
   "description": {
    "fr": "Des processus suivis et mesurés.",
    "en": "Processes monitored and measured."
   },
   "from": 4
  },
  {
   "code": "optimising",
   "name": {
    "fr": "Optimisé",
    "en": "Optimising"
   },
   "description": {
    "fr": "Une amélioration continue fondée sur les mesures.",
    "en": "Continuous improvement based on measures."
   },
   "from": 5
  }
 ],
 "dimensions": [
  {
   "code": "processes",
   "title": {
    "fr": "Processus de gestion des données",
    "en": "Data management processes"
   },
   "subDimensions": [
    {
     "code": "processes.release",
     "title": {
      "fr": "Publication des données",
      "en": "Data release"
     },
     "questions": [
      {
       "code": "PRO.R.1",
       "type": "YES_NO",
       "text": {
        "fr": "Avez-vous déjà publié au moins un jeu de données sous licence ouverte ?",
        "en": "Have you published at least one dataset under an open licence?"
       },
       "level": 1
      },
      {
       "code": "PRO.R.2",
       "type": "YES_NO",
       "text": {
        "fr": "Publiez-vous de nouveaux jeux de données plusieurs fois par an ?",
        "en": "Do you publish new datasets several times a year?"
       },
       "level": 2
      },
      {
       "code": "PRO.R.3",
       "type": "YES_NO",
       "text": {
        "fr": "Un processus écrit décrit-il comment un jeu de données est préparé, validé et publié ?",
        "en": "Does a written process describe how a dataset is prepared, approved and published?"
       },
       "level": 3
      },
      {
       "code": "PRO.R.4",
       "type": "YES_NO",
       "text": {
        "fr": "Suivez-vous des indicateurs de ce processus (délais, jeux publiés, mises à jour en retard) ?",
        "en": "Do you track indicators of this process (lead times, datasets published, late updates)?"
       },
       "level": 4
      },
      {
       "code": "PRO.R.5",
       "type": "YES_NO",
       "text": {
        "fr": "Revoyez-vous le processus chaque année à partir de ces indicateurs et des retours des réutilisateurs ?",
        "en": "Do you review the process every year from these indicators and from reusers' feedback?"
       },
       "level": 5
      }
     ]
    },
    {
     "code": "processes.governance",
     "title": {
      "fr": "Gouvernance des données",
      "en": "Data governance"
     },
     "questions": [
      {
       "code": "PRO.G.1",
       "type": "YES_NO",
       "text": {
        "fr": "Savez-vous qui est responsable de chaque jeu de données publié ?",
        "en": "Do you know who is responsible for each published dataset?"
       },
       "level": 1
      },
      {
       "code": "PRO.G.2",
       "type": "YES_NO",
       "text": {
        "fr": "Les données personnelles et sensibles sont-elles vérifiées avant chaque publication ?",
        "en": "Are personal and sensitive data checked before each publication?"
       },
       "level": 2,
       "notApplicable": "FULL_CREDIT"
      },
      {
       "code": "PRO.G.3",
       "type": "YES_NO",
       "text": {
        "fr": "Une instance (comité, référents) arbitre-t-elle les questions de données entre services ?",
        "en": "Does a body (committee, data champions) settle data questions between departments?"
       },
       "level": 3
      }
     ]
    }
   ]
  },
  {
   "code": "skills",
   "title": {
    "fr": "Connaissances et compétences",
    "en": "Knowledge and skills"
   },
   "subDimensions": [
    {
     "code": "skills.expertise",
     "title": {
      "fr": "Compétences en données ouvertes",
      "en": "Open data expertise"
     },
     "questions": [
      {
       "code": "SKI.1",
       "type": "YES_NO",
       "text": {
        "fr": "Au moins un agent connaît-il les bases de l'ouverture des données (licences, formats) ?",
        "en": "Does at least one member of staff know the basics of open data (licences, formats)?"
       },
       "level": 1
      },
      {
       "code": "SKI.2",
       "type": "YES_NO",
       "text": {
        "fr": "Des agents de plusieurs services ont-ils suivi une formation à la donnée ?",
        "en": "Have staff from several departments been trained in data?"
       },
       "level": 2
      },
      {
       "code": "SKI.3",
       "type": "YES_NO",
       "text": {
        "fr": "Un plan de formation à la donnée existe-t-il pour les agents concernés ?",
        "en": "Is there a data training plan for the staff concerned?"
       },
       "level": 3
      },
      {
       "code": "SKI.4",
       "type": "YES_NO",
       "text": {
        "fr": "Mesurez-vous l'effet des formations sur les pratiques (jeux publiés, qualité) ?",
        "en": "Do you measure how training changes practice (datasets published, quality)?"
       },
       "level": 4
      }
     ]
    }
   ]
  },
  {
   "code": "engagement",
   "title": {
    "fr": "Relations avec les réutilisateurs",
    "en": "Engagement with reusers"
   },
   "subDimensions": [
    {
     "code": "engagement.support",
     "title": {
      "fr": "Accompagnement des réutilisateurs",
      "en": "Reuser support"
     },
     "questions": [
      {
       "code": "ENG.1",
       "type": "YES_NO",
       "text": {
        "fr": "Les réutilisateurs peuvent-ils vous contacter au sujet de vos données ?",
        "en": "Can reusers contact you about your data?"
       },
       "level": 1
      },
      {
       "code": "ENG.2",
       "type": "YES_NO",
       "text": {
        "fr": "Répondez-vous aux questions et demandes de données dans un délai annoncé ?",
        "en": "Do you answer questions and data requests within a stated time?"
       },
       "level": 2
      },
      {
       "code": "ENG.3",
       "type": "YES_NO",
       "text": {
        "fr": "Organisez-vous des rencontres avec les réutilisateurs (ateliers, hackathons) ?",
        "en": "Do you hold meetings with reusers (workshops, hackathons)?"
       },
       "level": 3
      },
      {
       "code": "ENG.4",
       "type": "YES_NO",
       "text": {
        "fr": "Les demandes des réutilisateurs orientent-elles vos priorités d'ouverture ?",
        "en": "Do reusers' requests steer what you open next?"
       },
       "level": 4
      }
     ]
    }
   ]
  },
  {
   "code": "strategy",
   "title": {
    "fr": "Pilotage stratégique",
    "en": "Strategic oversight"
   },
   "subDimensions": [
    {
     "code": "strategy.plan",
     "title": {
      "fr": "Stratégie d'ouverture",
      "en": "Open data strategy"
     },
     "questions": [
      {
       "code": "STR.S.1",
       "type": "YES_NO",
       "text": {
        "fr": "L'ouverture des données a-t-elle été décidée par la direction ou les élus ?",
        "en": "Has opening data been decided by management or elected members?"
       },
       "level": 1
      },
      {
       "code": "STR.S.2",
       "type": "YES_NO",
       "text": {
        "fr": "Des objectifs d'ouverture sont-ils fixés pour l'année ?",
        "en": "Are open data objectives set for the year?"
       },
       "level": 2
      },
      {
       "code": "STR.S.3",
       "type": "YES_NO",
       "text": {
        "fr": "Une stratégie écrite relie-t-elle l'ouverture des données aux politiques publiques ?",
        "en": "Does a written strategy link open data to public policies?"
       },
       "level": 3
      },
      {
       "code": "STR.S.4",
       "type": "YES_NO",
       "text": {
        "fr": "Rendez-vous compte chaque année des résultats de cette stratégie ?",
        "en": "Do you report on the results of this strategy every year?"
       },
       "level": 4
      }
     ]
    },
    {
     "code": "strategy.catalogue",
     "title": {
      "fr": "Inventaire des données",
      "en": "Asset catalogue"
     },
     "questions": [
      {
       "code": "STR.C.1",
       "type": "YES_NO",
       "text": {
        "fr": "Avez-vous repéré les principales données détenues par vos services ?",
        "en": "Have you identified the main data your departments hold?"
       },
       "level": 1
      },
      {
       "code": "STR.C.2",
       "type": "YES_NO",
       "text": {
        "fr": "Un inventaire des données est-il tenu à jour ?",
        "en": "Is a data inventory kept up to date?"
       },
       "level": 2
      },
      {
       "code": "STR.C.3",
       "type": "YES_NO",
       "text": {
        "fr": "L'inventaire indique-t-il pour chaque donnée si elle est ouvrable et quand elle le sera ?",
        "en": "Does the inventory say for each dataset whether it can be opened and when?"
       },
       "level": 3
      }
     ]
    }
   ]
  }
 ]
}
$model$::jsonb)) AS builtin (doc);
