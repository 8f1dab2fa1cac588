#!/usr/bin/env python3
"""Generate the Indonesian (id) locale files of the Camunda 7 webapps.

Walks the key tree of each app's English locale file (taken from the
camunda-webapp-webjar in the local Maven repository) and writes id.json with
exactly the same structure. Texts come from translations.json (English text ->
Indonesian text); overrides.json holds per-key values (by app and dotted path,
list items as name[index]) that win over the dictionary, e.g. for non-text
values such as the week settings of the date locale.

Usage (from the repository root):
    python3 tools/webapp-locales/generate.py [path/to/camunda-webapp-webjar.jar]

Fails, listing them, when an English text has no translation or when
{{placeholders}}, %s/%d or HTML tags differ between English and Indonesian.
After a Camunda upgrade: run it, translate what it lists, run it again.
"""
import glob
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
APPS = ["tasklist", "welcome", "admin", "cockpit"]
WEBJAR_PREFIX = "META-INF/resources/webjars/camunda/app/{app}/locales/en.json"
TARGET = os.path.join(ROOT, "src/main/resources/META-INF/resources/webjars/camunda/app/{app}/locales/id.json")

PLACEHOLDER = re.compile(r"\{\{\s*[^}]*?\s*\}\}")
PRINTF = re.compile(r"%[sd]")
TAG = re.compile(r"</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\b[^>]*>")


def markers(text):
    placeholders = sorted(re.sub(r"\s+", "", p) for p in PLACEHOLDER.findall(text))
    tags = sorted(re.sub(r"\s+", " ", t) for t in TAG.findall(text))
    return placeholders, sorted(PRINTF.findall(text)), tags


def find_webjar():
    if len(sys.argv) > 1:
        return sys.argv[1]
    jars = glob.glob(os.path.expanduser(
        "~/.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/7.24.0/camunda-webapp-webjar-7.24.0.jar"))
    if not jars:
        sys.exit("camunda-webapp-webjar 7.24.0 not found in ~/.m2; run a Maven build first or pass the jar")
    return jars[0]


def main():
    with open(os.path.join(HERE, "translations.json"), encoding="utf-8") as f:
        translations = json.load(f)
    with open(os.path.join(HERE, "overrides.json"), encoding="utf-8") as f:
        overrides = json.load(f)
    missing, broken = [], []
    with zipfile.ZipFile(find_webjar()) as jar:
        for app in APPS:
            english = json.loads(jar.read(WEBJAR_PREFIX.format(app=app)).decode("utf-8-sig"))
            app_overrides = overrides.get(app, {})
            count = [0]

            def walk(node, path):
                if isinstance(node, dict):
                    return {k: walk(v, f"{path}.{k}" if path else k) for k, v in node.items()}
                if isinstance(node, list):
                    return [walk(v, f"{path}[{i}]") for i, v in enumerate(node)]
                count[0] += 1
                if path in app_overrides:
                    value = app_overrides[path]
                elif isinstance(node, str) and node in translations:
                    value = translations[node]
                elif isinstance(node, str):
                    missing.append((app, path, node))
                    return node
                else:
                    value = node
                if isinstance(node, str) and markers(node) != markers(value):
                    broken.append((app, path, node, value))
                return value

            indonesian = walk(english, "")
            target = TARGET.format(app=app)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as f:
                json.dump(indonesian, f, ensure_ascii=False, indent=2)
                f.write("\n")
            print(f"{app}: {count[0]} values -> {os.path.relpath(target, ROOT)}")
    for app, path, text in missing:
        print(f"MISSING {app} {path}: {text!r}")
    for app, path, text, value in broken:
        print(f"MARKERS DIFFER {app} {path}: {text!r} -> {value!r}")
    if missing or broken:
        sys.exit(1)


if __name__ == "__main__":
    main()
