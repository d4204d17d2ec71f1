"""The target screen's parts (销售目标): the year grid's item model (`grid_model`), the proposals that
fill it (`proposals`) and the bar of actions above it (`action_bar`). The screen itself is
app/views/screens/targets.py."""
