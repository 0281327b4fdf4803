#!/usr/bin/env python3
"""Embeds the drawings of this folder in the built-in templates.

The organic grocer gets a storyboard lane (one still a stage, from the article's story: the post in
the feed, the site, the basket, the box at the door, the fridge magnet); the service blueprint's
fridge-magnet card in its physical-evidence lane gets the magnet. Run from the project folder after
`mvn -q test-compile`; the drawings are rasterised by Masa's own importer.
"""
import json
import pathlib
import subprocess

HERE = pathlib.Path(__file__).parent
TEMPLATES = pathlib.Path("src/main/resources/app/masa/templates")

CAPTIONS = {
    "en": {
        "awareness": ("feed", "A friend shares the shop's post in the feed"),
        "consideration": ("site", "Browses the season's produce on the site"),
        "conversion": ("basket", "Fills the basket and orders"),
        "purchase": ("delivery", "The box waits at the door"),
        "retention": ("magnet", "The fridge magnet with the shop's number"),
    },
    "he": {
        "awareness": ("feed", "חברה משתפת את הפוסט של החנות בפיד"),
        "consideration": ("site", "מעיינת בתוצרת העונתית באתר"),
        "conversion": ("basket", "ממלאת סל ומזמינה"),
        "purchase": ("delivery", "הארגז מחכה ליד הדלת"),
        "retention": ("magnet", "מגנט למקרר עם המספר של החנות"),
    },
}
LANE_TITLE = {"en": "Storyboard", "he": "לוח תמונות"}


def pictures():
    classpath = subprocess.run(
        ["mvn", "-q", "-o", "dependency:build-classpath", "-Dmdep.outputFile=/dev/stdout"],
        check=True, capture_output=True, text=True).stdout.strip()
    out = subprocess.run(
        ["java", "-cp", "target/classes:target/test-classes:" + classpath,
         "app.masa.io.pictures.TemplatePictureTool", str(HERE)],
        check=True, capture_output=True, text=True).stdout
    return dict(line.split("\t", 1) for line in out.splitlines() if "\t" in line)


def write(path, data):
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main():
    images = pictures()
    for lang, captions in CAPTIONS.items():
        path = TEMPLATES / f"organic-grocer.{lang}.journey.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        journey = data["maps"][0]
        journey["lanes"] = [l for l in journey["lanes"] if l["id"] != "storyboard"]
        journey["lanes"].insert(0, {"id": "storyboard", "title": LANE_TITLE[lang], "kind": "storyboard"})
        journey["cards"] = [c for c in journey["cards"] if c["lane"] != "storyboard"]
        for stage, (picture, caption) in captions.items():
            journey["cards"].append({"id": f"c-still-{stage}", "stage": stage, "lane": "storyboard",
                                     "title": caption, "picture": {"image": images[picture]}})
        write(path, data)

        path = TEMPLATES / f"service-blueprint.{lang}.journey.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        for card in data["maps"][0]["cards"]:
            if card["id"] == "c-magnet-voucher":
                card["picture"] = {"image": images["magnet"], "focus-x": 0.55, "focus-y": 0.55}
        write(path, data)


if __name__ == "__main__":
    main()
