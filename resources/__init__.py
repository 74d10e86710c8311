"""Studio's data files, importable as ``studio.resources``.

Being a package lets one lookup, ``studio.config.resource(name)``, find them from a source
checkout, an installed wheel and a frozen bundle alike.
"""
