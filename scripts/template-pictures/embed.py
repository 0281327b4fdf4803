#!/usr/bin/env python3
"""Embeds the drawings of this folder in the built-in templates.

The organic grocer's basket, delivery, shop and fridge-magnet cards get pictures (from the
article's story); the service blueprint's physical evidence becomes a storyboard lane, a still of
what the customer sees at each step. Run from the project folder after `mvn -q test-compile`; the
drawings are rasterised by Masa's own importer. Running it again gives the same files.
"""
import json
import pathlib
import subprocess

HERE = pathlib.Path(__file__).parent
TEMPLATES = pathlib.Path("src/main/resources/app/masa/templates")

# The organic grocer's cards that show a picture: only cards in cells with room to spare, so the
# map keeps its height and still fits a projector readably.
GROCER = {
    "c-online-order": ("basket", None),
    "c-delivery": ("delivery", None),
    "c-pickup-pay": ("store", None),
    "c-fridge-magnet": ("magnet", (0.55, 0.55)),
}
# The service blueprint's physical evidence is what the customer sees at each step: a storyboard.
BLUEPRINT = {
    "c-order-page": ("site", None),
    "c-confirm-sms": ("sms", (0.5, 0.3)),
    "c-reminder": ("sms", (0.5, 0.62)),
    "c-named-basket": ("basket", None),
    "c-magnet-voucher": ("magnet", (0.55, 0.55)),
}


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


def picture(images, name, focus):
    value = {"image": images[name]}
    if focus:
        value["focus-x"], value["focus-y"] = focus
    return value


def main():
    images = pictures()
    for lang in ("en", "he"):
        path = TEMPLATES / f"organic-grocer.{lang}.journey.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        journey = data["maps"][0]
        journey["lanes"] = [lane for lane in journey["lanes"] if lane["id"] != "storyboard"]
        journey["cards"] = [card for card in journey["cards"] if card["lane"] != "storyboard"]
        for card in journey["cards"]:
            if card["id"] in GROCER:
                card["picture"] = picture(images, *GROCER[card["id"]])
        write(path, data)

        path = TEMPLATES / f"service-blueprint.{lang}.journey.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        journey = data["maps"][0]
        for lane in journey["lanes"]:
            if lane["id"] == "evidence":
                lane["kind"] = "storyboard"
        for card in journey["cards"]:
            if card["id"] in BLUEPRINT:
                card["picture"] = picture(images, *BLUEPRINT[card["id"]])
        write(path, data)


if __name__ == "__main__":
    main()
