"""Settings: one frozen dataclass, defaults and help text in one place."""

import pytest

from newsgraph.config import Settings, settings_help
from newsgraph.errors import ConfigError


def test_settings_every_field_has_help_text():
    for name, _default, help_text in settings_help():
        assert help_text.strip(), f"setting {name} has no help text"


@pytest.mark.parametrize("changes", [{"batch_size": 0}, {"processes": -1}, {"max_file_mb": 0}])
def test_settings_reject_values_that_cannot_work(changes):
    with pytest.raises(ConfigError):
        Settings(**changes)


def test_settings_with_options_ignores_unset_cli_values():
    s = Settings().with_options(processes=None, batch_size=8)
    assert s.processes == Settings().processes and s.batch_size == 8


def test_settings_zero_processes_means_one_per_core():
    assert Settings(processes=0).worker_count >= 1
    assert Settings(processes=3).worker_count == 3
