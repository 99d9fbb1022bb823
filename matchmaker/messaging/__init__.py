"""Message threads between a buyer firm and a supplier company."""
