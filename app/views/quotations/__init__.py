"""The quotation editor's parts: the line grid's model, the product picker and the state words."""
