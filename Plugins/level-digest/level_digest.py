"""level-digest: a plain-text digest of the weeks whose level reached `min_level`, per athlete and for
the whole clinic. A gaitpipe report stage in Python, and the example of one: the runner writes what
it returns and knows nothing of it (PROTOCOL.md rule 6, "The season-wide task").

    level-digest --describe            print the stage description (JSON) and exit
    level-digest --connect ENDPOINT    serve tasks (Plugins/lib/gaitpipe_stage.py)

For each athlete's Assessment it returns a ReportBundle with
    FOLDER/<athlete>.txt           the weeks at min_level or above, with the rules that fired
    FOLDER/weeks.csv (a table)     one row per athlete and week with the three levels
and, as its season entry, the athlete's latest line. The season-wide task (ClinicSeason) gets those
entries back and returns FOLDER/index.txt: one line per athlete, the folders not scored, the count
of skipped inputs.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import gaitpipe_stage as stage  # noqa: E402  (the protocol loop, shared by the Python stages)
from gaitpipe_stage import PROTOCOL_VERSION, pb  # noqa: E402

LEVELS = ["none", "low", "moderate", "high"]
PRESENTATIONS = ["pfp", "itbs", "patellar_tendinopathy"]
DESCRIPTION = {
    "name": "level-digest",
    "version": "0.1.0",
    "protocol_version": PROTOCOL_VERSION,
    "summary": "Plain-text digest of the weeks at min_level or above, per athlete and for the clinic",
    "input": "Assessment|ClinicSeason",
    "output": "ReportBundle",
    "grouping": "none",
    "params": [
        {"name": "folder", "kind": "string", "defaultValue": "digest", "minimum": None, "maximum": None,
         "choices": [], "summary": "Folder of the output the digest goes in (relative)"},
        {"name": "min_level", "kind": "string", "defaultValue": "moderate", "minimum": None, "maximum": None,
         "choices": ["low", "moderate", "high"], "summary": "Weeks at this level or above are listed"},
    ],
}
settings = {"folder": "digest", "min_level": "moderate"}


def configure(params):
    settings.update(params)
    if settings["min_level"] not in LEVELS[1:]:
        return f"min_level {settings['min_level']!r} is not one of low, moderate, high"
    return None


def safe_name(athlete):
    """The file name for an athlete id: letters, digits, - _ . kept, anything else '_', no leading dot."""
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in athlete)
    return "_" + name if not name or name.startswith(".") else name


def levels(week):
    found = {s.presentation: s for s in week.scores}
    return [found[p].level if p in found else "none" for p in PRESENTATIONS]


def athlete_bundle(assessment):
    folder, floor = settings["folder"], LEVELS.index(settings["min_level"])
    lines, rows = [], []
    for week in assessment.weeks:
        week_levels = levels(week)
        rows.append(",".join([assessment.athlete, week.week] + week_levels))
        for score in week.scores:
            if score.level in LEVELS and LEVELS.index(score.level) >= floor:
                rules = ", ".join(score.rules) or "no rule"
                lines.append(f"{week.week}  {score.presentation}: pattern consistent at level {score.level} ({rules})")
    text = f"{assessment.athlete}, as of {assessment.as_of}: {len(lines)} week-presentations at {settings['min_level']} or above\n"
    text += "".join(f"  {line}\n" for line in lines)
    latest = levels(assessment.weeks[-1]) if assessment.weeks else ["none"] * 3
    entry = f"{assessment.athlete} ({assessment.as_of}): " + ", ".join(f"{p} {l}" for p, l in zip(PRESENTATIONS, latest))
    return pb.ReportBundle(
        athlete=assessment.athlete,
        artifacts=[pb.Artifact(name=f"{folder}/{safe_name(assessment.athlete)}.txt", content=text.encode())],
        tables=[pb.TableRows(name=f"{folder}/weeks.csv", header="athlete,week," + ",".join(f"{p}_level" for p in PRESENTATIONS),
                             rows=rows)],
        season_entry=entry.encode())


def season_bundle(season):
    text = "".join(e.entry.decode() + "\n" for e in season.entries)
    text += "".join(f"{u.athlete}: not scored, {u.note}\n" for u in season.unscored)
    text += f"{len(season.skipped)} inputs skipped (summary.json lists them)\n"
    return pb.ReportBundle(artifacts=[pb.Artifact(name=f"{settings['folder']}/index.txt", content=text.encode())])


def process(payload_type, payload, task):
    if payload_type == "ClinicSeason":
        season = pb.ClinicSeason()
        season.ParseFromString(payload)
        bundle = season_bundle(season)
    else:
        assessment = pb.Assessment()
        assessment.ParseFromString(payload)
        bundle = athlete_bundle(assessment)
    return [("ReportBundle", bundle.SerializeToString())], "", []


if __name__ == "__main__":
    sys.exit(stage.main(sys.argv[1:], DESCRIPTION, configure, process, __doc__))
