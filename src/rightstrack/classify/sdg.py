"""UPR Info issues -> UN Sustainable Development Goal targets, where the link is standard.

An issue maps to the SDG targets whose wording names the same right or practice (e.g. "Right to
education" -> 4.1 free primary and secondary education; "NHRI" -> 16.a.1, the indicator counting
Paris-Principles institutions). Procedural issues (treaty bodies, special procedures, UPR process,
international instruments, national plans) and catch-alls ("General", "Other") have no standard
link and map to nothing. docs/classification.md shows the table.
"""

from __future__ import annotations

from collections.abc import Iterable

SDG_TARGETS: dict[str, tuple[str, ...]] = {
    "Asylum-seekers - refugees": ("10.7",),
    "CP rights - general": ("16.3", "16.10"),
    "Civil society": ("16.7", "17.17"),
    "Corruption": ("16.5",),
    "Counter-terrorism": ("16.a",),
    "Death penalty": ("16.1",),
    "Detention": ("16.3",),
    "Development": ("17.2", "10.b"),
    "Disabilities": ("4.5", "8.5", "10.2", "11.2"),
    "ESC rights - general": ("1.3", "10.4"),
    "Elections": ("16.7",),
    "Enforced disappearances": ("16.10",),
    "Environment": ("13.1", "15.1", "12.4"),
    "Extrajudicial executions": ("16.1",),
    "Freedom of association and peaceful assembly": ("16.10", "8.8"),
    "Freedom of opinion and expression": ("16.10",),
    "Freedom of religion and belief": ("16.b",),
    "Freedom of the press": ("16.10",),
    "HIV - Aids": ("3.3",),
    "Human rights defenders": ("16.10",),
    "Human rights education and training": ("4.7",),
    "Human rights violations by state agents": ("16.1", "16.3"),
    "Impunity": ("16.3",),
    "Indigenous peoples": ("2.3", "4.5"),
    "Internally displaced persons": ("11.1",),
    "International humanitarian law": ("16.1",),
    "Justice": ("16.3",),
    "Labour": ("8.5", "8.7", "8.8"),
    "Migrants": ("10.7", "8.8"),
    "Minorities": ("10.2", "10.3"),
    "NHRI": ("16.a",),
    "Poverty": ("1.1", "1.2"),
    "Public security": ("16.1",),
    "Racial discrimination": ("10.3", "16.b"),
    "Right to education": ("4.1", "4.5"),
    "Right to food": ("2.1",),
    "Right to health": ("3.8",),
    "Right to housing": ("11.1",),
    "Right to land": ("1.4", "5.a"),
    "Right to water": ("6.1", "6.2"),
    "Rights of the Child": ("16.2", "8.7"),
    "Sexual Orientation and Gender Identity": ("10.3", "16.b"),
    "Technical assistance and cooperation": ("17.9",),
    "Torture and other CID treatment": ("16.1", "16.10"),
    "Trafficking": ("5.2", "8.7", "16.2"),
    "Women's rights": ("5.1", "5.2", "5.5"),
}


def sdg_targets(issues: Iterable[str]) -> list[str]:
    """SDG targets linked to any of `issues`, in first-seen order without repeats."""
    seen: dict[str, None] = {}
    for issue in issues:
        for target in SDG_TARGETS.get(issue, ()):
            seen.setdefault(target, None)
    return list(seen)


def sdg_goals(issues: Iterable[str]) -> list[int]:
    """SDG goal numbers (1-17) linked to any of `issues`, sorted."""
    return sorted({int(target.split(".")[0]) for target in sdg_targets(issues)})
