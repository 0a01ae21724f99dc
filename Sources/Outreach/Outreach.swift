import Alumni
