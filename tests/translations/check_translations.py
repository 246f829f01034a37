"""Fails when a translation is unfinished, obsolete or inconsistent, or when lupdate would change
a .ts file (a string was added, changed or removed without updating the translations).

Usage: check_translations.py LUPDATE CMAKE GENERATE_SCRIPT PROJECT_CMAKE TS_FILE...
(the last three make the lupdate project as the update_translations target does)
English (`_en.ts`) carries only the plural forms; every other language carries everything.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

# Qt's plural forms per language (QTranslator's numerus rules).
NUMERUS_FORMS = {"en": 2, "de": 2, "es": 2, "vi": 1}
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
MNEMONIC = re.compile(r"&[^&\s]")


def problems_in(path: Path):
    language = path.stem.rsplit("_", 1)[1]
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{path.name}: {name}: {source!r}"
            kind = translation.get("type")
            plural = message.get("numerus") == "yes"
            if kind in ("obsolete", "vanished"):
                found.append(f"{where} is obsolete")
                continue
            if language == "en" and not plural:
                continue  # the source text is the English text
            if kind == "unfinished":
                found.append(f"{where} is unfinished")
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")] if plural else [translation.text or ""]
            if plural and len(forms) != NUMERUS_FORMS[language]:
                found.append(f"{where} has {len(forms)} plural forms, {language} needs {NUMERUS_FORMS[language]}")
            for form in forms:
                if not form.strip():
                    found.append(f"{where} is empty")
                wanted = sorted(set(PLACEHOLDER.findall(source)))
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    found.append(f"{where} has placeholders {sorted(set(PLACEHOLDER.findall(form)))}, not {wanted}")
                if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(form)):
                    found.append(f"{where}: the keyboard mnemonic (&) is missing or extra in {form!r}")
    return found


def lupdate_project(cmake: str, script: str, description: str, scratch: str) -> str:
    project = str(Path(scratch) / "project.json")
    subprocess.run([cmake, f"-DIN_FILE={description}", f"-DOUT_FILE={project}", "-P", script], check=True,
                   capture_output=True)
    return project


def lupdate_changes(lupdate: str, project: str, path: Path):
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / path.name
        shutil.copy(path, copy)
        run = subprocess.run([lupdate, "-project", project, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            return [f"{path.name}: lupdate failed: {run.stdout}{run.stderr}"]
        if copy.read_bytes() != path.read_bytes():
            return [f"{path.name}: running lupdate would change it; run `cmake --build --preset dev --target "
                    f"update_translations` and translate the new strings"]
    return []


def main():
    lupdate, cmake, script, description, *files = sys.argv[1:]
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        project = lupdate_project(cmake, script, description, scratch)
        for name in files:
            path = Path(name)
            problems += problems_in(path) + lupdate_changes(lupdate, project, path)
    for problem in problems:
        print(problem)
    print(f"{len(files)} translation files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
