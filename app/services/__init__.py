"""Use cases, free of Qt: each public function is one user action and says what it promises.

Services validate input, check permissions, write inside one transaction together with the audit
row, and return plain results. They raise the typed errors of `services.errors`.
"""
