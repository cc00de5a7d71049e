"""Kroniek's default templates live at the top of the repository, where a project overrides them; the wheel
carries a copy inside the package (generator/site_templates/), made here when the package is built."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTemplates(build_py):
    """`build_py` that also copies site_templates/ into the built package; an editable install reads the checkout's."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            target = Path(self.build_lib) / "generator" / "site_templates"
            self.copy_tree(str(Path(__file__).parent / "site_templates"), str(target))


setup(cmdclass={"build_py": BuildWithTemplates})
