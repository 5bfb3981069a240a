# Welfare Visit Map — developer commands. `make setup` once, then `make demo` and `make test`.
SHELL := /bin/bash
PYTHON_SYS ?= /usr/bin/python3
VENV ?= .venv
PY := $(VENV)/bin/python
BUILD := build
PLUGIN := welfare_visit_map
DEMO_DONG := 1141055500
PLUGINS_DIR := $(abspath $(BUILD)/plugins)
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
APT_PACKAGES := python3-qgis qgis qgis-providers python3-venv python3-pip python3-shapely python3-pyproj \
	python3-openpyxl python3-psycopg2 postgresql postgresql-15-postgis-3 gdal-bin fonts-nanum xvfb xauth poppler-utils qttools5-dev-tools qttranslations5-l10n imagemagick zip libreoffice-calc-nogui
HEADLESS := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$(shell id -u)
# pyproj in the venv looks for proj.db under the venv; Debian keeps it in /usr/share/proj
PROJ_ENV := PROJ_DATA=/usr/share/proj PROJ_LIB=/usr/share/proj
# qgis_process runs in its own settings folder, so the user's QGIS profile is never touched
QGIS_ENV := $(HEADLESS) $(PROJ_ENV) QGIS_PLUGINPATH=$(PLUGINS_DIR) QGIS_CUSTOM_CONFIG_PATH=$(abspath $(BUILD)/qgis-process)
# pinned; pytest-qgis 2.1.0 is the line that runs on QGIS 3.22 (Debian 12)
PIP_PACKAGES := pytest==9.2.0 pytest-qgis==2.1.0 openpyxl==3.1.5 hypothesis==6.170.15 ruff==0.17.5 mypy==2.4.1
# Debian's qgis_process wrapper passes --noversioncheck, which qgis_process itself refuses
QGIS_PROCESS = $$(command -v qgis_process.bin || command -v qgis_process)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup apt venv link test demo run package audit lint translations ts styles templates screenshots bench clean

setup: apt venv translations  ## install everything (idempotent)

apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "apt: installing$$missing"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	else echo "apt: all packages present"; fi

$(VENV)/.installed: Makefile
	$(PYTHON_SYS) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check $(PIP_PACKAGES)
	touch $@

venv: $(VENV)/.installed

link:  ## the plugin folder QGIS and qgis_process load from: build/plugins/welfare_visit_map -> checkout
	@mkdir -p $(PLUGINS_DIR)
	@ln -sfn $(CURDIR) $(PLUGINS_DIR)/$(PLUGIN)

translations: i18n/welfare_visit_map_ko.qm i18n/welfare_visit_map_en.qm

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

ts:  ## refresh the .ts files from the code (keeps existing translations)
	$(PYTHON_SYS) tests/tools/update_ts.py

test: setup link  ## the test suite, headless, against real QGIS
	mkdir -p /tmp/runtime-$(shell id -u) && chmod 700 /tmp/runtime-$(shell id -u)
	$(QGIS_ENV) WELFARE_TEST_PLUGINS_DIR=$(PLUGINS_DIR) $(PY) -m pytest

demo: setup link  ## build the Seodaemun-gu demo into ./demo and render demo/overview.png
	mkdir -p /tmp/runtime-$(shell id -u) && chmod 700 /tmp/runtime-$(shell id -u)
	$(QGIS_ENV) $(QGIS_PROCESS) plugins enable $(PLUGIN) >/dev/null 2>&1 || true  # "already enabled" is fine
	$(QGIS_ENV) $(QGIS_PROCESS) run welfarevisitmap:build_demo -- OUTPUT=$(CURDIR)/demo SEED=2015 OVERWRITE=true
	$(QGIS_ENV) $(QGIS_PROCESS) run welfarevisitmap:print_district_maps -- DATABASE=$(CURDIR)/demo/demo.gpkg \
		LEVEL=0 "FILTER=\"parent_code\" = '$(DEMO_DONG)'" PRIVACY=0 DPI=200 BASEMAP=3 OUTPUT=$(CURDIR)/demo/maps_tong_staff.pdf
	$(QGIS_ENV) $(QGIS_PROCESS) run welfarevisitmap:print_district_maps -- DATABASE=$(CURDIR)/demo/demo.gpkg \
		LEVEL=0 "FILTER=\"parent_code\" = '$(DEMO_DONG)'" PRIVACY=1 DPI=200 OUTPUT=$(CURDIR)/demo/maps_tong_partner.pdf
	$(QGIS_ENV) $(QGIS_PROCESS) run welfarevisitmap:print_household_sheets -- DATABASE=$(CURDIR)/demo/demo.gpkg \
		"FILTER=\"risk_level\" = 'high'" PRIVACY=0 DPI=200 OUTPUT=$(CURDIR)/demo/sheets_high_risk.pdf
	@echo "Demo ready: demo/demo.qgz (open with 'make run'), demo/overview.png, A3 maps of 북아현동 (staff: on"
	@echo "OpenStreetMap when it can be reached, or saying it could not be) and high-risk household sheets in demo/*.pdf"

run: link translations  ## QGIS with the plugin from this checkout and the demo, in a separate profile
	QGIS_PLUGINPATH=$(PLUGINS_DIR) qgis --profiles-path $(abspath $(BUILD)/profiles) --profile welfare-dev \
		--code $(CURDIR)/tests/tools/enable_plugin.py $(if $(wildcard demo/demo.qgz),--project $(CURDIR)/demo/demo.qgz)

package: translations  ## build/welfare_visit_map-<version>.zip for "Install from ZIP"
	rm -rf $(BUILD)/package && mkdir -p $(BUILD)/package/$(PLUGIN)
	git ls-files -z --cached --others --exclude-standard metadata.txt __init__.py LICENSE README.md plugin styles forms \
		| xargs -0 -I{} cp --parents {} $(BUILD)/package/$(PLUGIN)/
	mkdir -p $(BUILD)/package/$(PLUGIN)/i18n && cp i18n/*.qm $(BUILD)/package/$(PLUGIN)/i18n/
	cd $(BUILD)/package && rm -f ../$(PLUGIN)-$(VERSION).zip && zip -qr ../$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "$(BUILD)/$(PLUGIN)-$(VERSION).zip"

SHOT_PG := $(abspath $(BUILD)/screenshot-pg)
SHOT_PORT := 55433
screenshots: link translations  ## QGIS under Xvfb with the demo (and the demo on a throw-away PostgreSQL): build/screenshots/*.png
	test -f demo/demo.qgz || $(MAKE) demo
	$(PROJ_ENV) WELFARE_TEST_PLUGINS_DIR=$(PLUGINS_DIR) $(PY) tests/tools/shared_server.py start $(SHOT_PG) $(SHOT_PORT)
	WVM_SHARED_DSN=postgresql://kim_dong@127.0.0.1:$(SHOT_PORT)/seodaemun \
	WVM_SCREENSHOT_DIR=$(abspath $(BUILD)/screenshots) QGIS_PLUGINPATH=$(PLUGINS_DIR) xvfb-run -a -s "-screen 0 1600x1000x24" \
		qgis --profiles-path $(abspath $(BUILD)/profiles) --profile screenshots --nologo --noversioncheck --lang ko \
		--code $(CURDIR)/tests/tools/screenshot.py --project $(CURDIR)/demo/demo.qgz; \
		status=$$?; $(PY) tests/tools/shared_server.py stop $(SHOT_PG); exit $$status

bench: setup link  ## benchmarks: printing vs QGIS's atlas; filters at Seoul scale vs raw SQL; imports vs ogr2ogr; the shared database under 8 writers
	test -f demo/demo.gpkg || $(MAKE) demo
	$(QGIS_ENV) WELFARE_TEST_PLUGINS_DIR=$(PLUGINS_DIR) $(PY) tests/tools/bench_print.py demo/demo.gpkg
	$(QGIS_ENV) WELFARE_TEST_PLUGINS_DIR=$(PLUGINS_DIR) $(PY) tests/tools/bench_filters.py $(abspath $(BUILD))/bench/seoul.gpkg
	$(QGIS_ENV) WELFARE_TEST_PLUGINS_DIR=$(PLUGINS_DIR) $(PY) tests/tools/bench_imports.py
	$(QGIS_ENV) WELFARE_TEST_PLUGINS_DIR=$(PLUGINS_DIR) $(PY) tests/tools/bench_postgres.py

templates: link  ## regenerate styles/layouts/*.qpt from plugin/printing.py
	$(QGIS_ENV) WELFARE_TEST_PLUGINS_DIR=$(PLUGINS_DIR) $(PY) tests/tools/write_templates.py

styles: link  ## regenerate styles/*.qml from plugin/styling.py
	$(QGIS_ENV) WELFARE_TEST_PLUGINS_DIR=$(PLUGINS_DIR) $(PY) tests/tools/write_styles.py

audit: setup link  ## the attack list of the hardening review (issue 19): each attack held or broken
	mkdir -p /tmp/runtime-$(shell id -u) && chmod 700 /tmp/runtime-$(shell id -u)
	$(QGIS_ENV) WELFARE_TEST_PLUGINS_DIR=$(PLUGINS_DIR) $(PY) -m pytest -q tests/test_hardening.py \
		tests/test_pseudonyms.py tests/test_import_limits.py

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

clean:
	rm -rf $(BUILD) demo .pytest_cache
