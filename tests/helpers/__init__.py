"""What the tests share: builders of packages and lists, the demo session worked through the
real actions (a jury day, three laptops), and the fixtures that hand them to the tests."""
