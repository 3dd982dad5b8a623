"""Chrome rules as data: the shipped rule set and the types users build their own with."""

from articlekit.rules.registry import ChromeRule, RuleSet, resolve_rules

__all__ = ["ChromeRule", "RuleSet", "resolve_rules"]
