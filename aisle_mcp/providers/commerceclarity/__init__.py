"""CommerceClarity: a merchant's own product inventory, per country."""
