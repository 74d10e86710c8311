"""Maps the top-level resources/ folder to the package studio.resources.

pyproject.toml cannot add a mapped package to the discovered ones; this is the only reason for
this file.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["studio*"]), "studio.resources"],
    package_dir={"studio.resources": "resources"},
)
