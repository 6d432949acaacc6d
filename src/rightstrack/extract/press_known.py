"""Names the press uses that hold no head word to read them by ("Amnesty International", "Komnas HAM",
"Verkhovna Rada"): fixed lists, the one place to add such a name.
"""

from __future__ import annotations

import re

NGO_NAMES = (
    "Amnesty International", "Human Rights Watch", "LICADHO", "ADHOC", "FIDH", "Article 19",
    "CIVICUS", "International Commission of Jurists", "Front Line Defenders", "Forum-Asia",
    "International Service for Human Rights", "Cambodian Center for Human Rights",
    # independent groups whose names read like an official body's
    "Human Rights Commission of Pakistan", "Kenya Human Rights Commission",
    # international NGOs whose names hold no head word
    "Save the Children", "Oxfam", "Transparency International", "Reporters Without Borders", "Freedom House",
    "Médecins Sans Frontières", "Doctors Without Borders", "Plan International", "Physicians for Human Rights",
    "Minority Rights Group", "Global Witness", "La Strada", "Privacy International", "Human Rights First",
)  # fmt: skip


# "Transparency International PNG", "La Strada Moldova": a national chapter named by its country
CHAPTER = re.compile(r"[^\S\n]+(?P<c>[A-Z]{2,4}\b|[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)")


MEDIA_NAMES = (
    "Khmer Times", "Phnom Penh Post", "Reuters", "AFP", "Agence France-Presse", "Xinhua",
    "Associated Press", "Radio Free Asia", "Voice of America", "Al Jazeera", "Fresh News", "BBC",
    "Lusa", "EFE", "Kyodo", "Yonhap", "Anadolu", "ANSA", "TASS", "Interfax", "Bernama", "Antara",
    "Press Trust of India",
    # national news agencies, often cited by their acronym alone ("according to IRNA")
    "IRNA", "IRIB", "ISNA", "KUNA", "QNA", "WAM", "SANA", "KCNA", "Emirates News Agency", "Saudi Press Agency",
    "Kuwait News Agency", "Qatar News Agency", "Bahrain News Agency", "Oman News Agency", "Vietnam News Agency",
    "Philippine News Agency", "Ethiopian News Agency", "News Agency of Nigeria", "Prensa Latina", "BelTA",
    "Kazinform", "Azertag", "Armenpress", "Agence Kampuchea Presse", "RIA Novosti",
)  # fmt: skip


# national human rights institutions known by a name with no head word
NHRI_NAMES = ("Komnas HAM", "SUHAKAM", "Provedoria for Human Rights and Justice", "Provedor for Human Rights and Justice",
               "Raonador del Ciutadà", "Raonador del Ciutada", "Médiateur de la République", "Médiateur du Faso",
               "Provedor de Justiça", "Office of the Provedor for Human Rights and Justice", "Défenseur des droits", "Défenseure des droits", "Defensor del Pueblo",
               "Defensora del Pueblo", "Commissioner for Administration and the Protection of Human Rights")  # fmt: skip


# parliaments known by their own name ("the human rights committee of the Verkhovna Rada")
PARLIAMENT_NAMES = ("Verkhovna Rada", "Jogorku Kenesh", "Mazhilis", "Sejm", "Seimas", "Saeima", "Riigikogu",
                     "Knesset", "Duma", "Bundestag", "Storting", "Riksdag", "Folketing", "Althingi", "Oireachtas",
                     "Lok Sabha", "Rajya Sabha", "Majlis", "Oliy Majlis", "Milli Majlis", "Khural", "People's Majlis",
                     "Nitijela", "House of Assembly", "Eduskunta", "Sabor", "Hluttaw", "Pyidaungsu Hluttaw", "Wolesi Jirga",
                     "Meshrano Jirga", "Dewan Rakyat", "Fono", "Shura Council", "Mazhilis", "State Great Khural", "State Duma")  # fmt: skip


# UN agencies and programmes, cited as sources of figures ("According to UNESCO, 68 journalists ...")
UN_AGENCY_NAMES = (
    "UNESCO", "UNICEF", "UNHCR", "UNDP", "UNFPA", "UNODC", "UNAIDS", "UNRWA", "OCHA", "UN Women",
    "World Health Organization", "World Food Programme", "International Labour Organization",
    "United Nations Educational, Scientific and Cultural Organization",  # its commas would cut it short
    "International Organization for Migration", "Food and Agriculture Organization",
    "WFP", "IOM", "FAO", "ILO", "UNEP", "UN-Habitat",
    "United Nations Population Fund", "UN Population Fund", "United Nations Children's Fund",
    "United Nations Development Programme", "UN Development Programme", "United Nations Environment Programme",
    # UN peace and political missions, which publish casualty and violation counts
    # the UN system in a country, met as one
    "UN Country Team", "United Nations Country Team", "UN Resident Coordinator", "United Nations Resident Coordinator",
    # the Office of the High Commissioner by its acronym, and its evidence-gathering project on Sri Lanka
    "OHCHR", "Sri Lanka Accountability Project", "OHCHR Sri Lanka Accountability Project",
    "UNAMA", "UNAMI", "UNMISS", "MONUSCO", "MINUSCA", "MINUSMA", "UNSMIL", "BINUH", "UNSOM",
)  # fmt: skip
