"""The core every feature builds on: the domain's vocabulary and the field rules. It imports no feature package."""
