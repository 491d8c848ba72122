"""Commands that live in their own modules, registered in `detente.cli` one line each."""
