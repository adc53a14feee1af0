import json, sys
# Writes instances/provinces-levy.json: four provinces, 13 corporations; Noord-Holland and Utrecht
# are short after provincial solidarity, Gelderland and Limburg have room (see docs/levy.md).
# Usage: python3 scripts/provinces_levy_instance.py > instances/provinces-levy.json
def fin(homes, value_per_home, ltv, rate, upkeep_per_home):
    value = homes * value_per_home
    debt = value * ltv
    return {"policyValue": round(value, -5), "debt": round(debt, -5),
            "operatingCashFlow": round(homes * 1300 + rate * debt, -4),
            "interestRate": rate, "continuityCost": round(homes * upkeep_per_home, -4)}
def corp(id, name, regions, homes, woz_per_home, finance=None, headroom=None, ocf=None):
    c = {"id": id, "name": name, "regions": regions, "homes": homes, "wozValue": round(homes * woz_per_home, -5)}
    if finance: c["finance"] = finance
    else:
        c["headroom"] = headroom
        if ocf is not None: c["operatingCashFlow"] = ocf
    return c
S = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
inst = {
 "format": "solidarity-instance/1",
 "name": "provinces-levy",
 "baseYear": 2024, "agreementYears": 10, "horizonYears": 15, "indexation": 0.02,
 "norms": {"icrMin": 1.4, "ltvMax": 0.85, "mode": "dpm"},
 "levy": {"capShare": 0.01, "creditFactor": 1.0},
 "regions": [
  {"id": "amsterdam", "name": "Woondeal Metropoolregio Amsterdam", "province": "Noord-Holland"},
  {"id": "zaanstreek", "name": "Woondeal Zaanstreek-Waterland", "province": "Noord-Holland"},
  {"id": "utrecht", "name": "Woondeal Regio Utrecht", "province": "Utrecht"},
  {"id": "arnhem-nijmegen", "name": "Woondeal Arnhem-Nijmegen", "province": "Gelderland"},
  {"id": "achterhoek", "name": "Woondeal Achterhoek", "province": "Gelderland"},
  {"id": "zuid-limburg", "name": "Woondeal Zuid-Limburg", "province": "Limburg"}],
 "corporations": [
  corp("ams-stad", "Stadswonen Amsterdam", ["amsterdam"], 38000, 310000, headroom=60e6, ocf=70e6),
  corp("ams-oost", "Woonstichting Oostzaan", ["amsterdam"], 9000, 290000, headroom=25e6, ocf=14e6),
  corp("zaan-thuis", "Zaans Thuis", ["zaanstreek", "amsterdam"], 14000, 260000, headroom=40e6, ocf=22e6),
  corp("waterland", "Woningstichting Waterland", ["zaanstreek"], 5000, 250000, headroom=8e6),
  corp("utr-wonen", "Utrechts Wonen", ["utrecht"], 27000, 300000, headroom=70e6, ocf=48e6),
  corp("utr-heuvel", "Heuvelrug Woondiensten", ["utrecht"], 6000, 280000, headroom=12e6, ocf=9e6),
  corp("gld-rivier", "Rivierenland Wonen", ["arnhem-nijmegen"], 21000, 230000, fin(21000, 115000, 0.42, 0.027, 650)),
  corp("gld-veluwe", "Veluwezoom Woonbedrijf", ["arnhem-nijmegen"], 12000, 235000, fin(12000, 110000, 0.47, 0.028, 700)),
  corp("achterhoek", "Woonstichting De Achterhoek", ["achterhoek"], 8000, 200000, fin(8000, 95000, 0.40, 0.029, 600)),
  corp("ach-grens", "Grensland Wonen", ["achterhoek"], 4000, 190000, headroom=35e6, ocf=7e6),
  corp("lim-mergel", "Mergelland Wonen", ["zuid-limburg"], 16000, 210000, fin(16000, 100000, 0.45, 0.029, 650)),
  corp("lim-maas", "Maasdal Woonpartners", ["zuid-limburg"], 11000, 205000, fin(11000, 98000, 0.52, 0.030, 700)),
  corp("lim-kring", "Woonkring Parkstad", ["zuid-limburg"], 3000, 180000, headroom=5e6)],
 "tasks": [
  {"id": "ams-social", "type": "NEW_BUILD_SOCIAL", "region": "amsterdam", "units": int(450*S), "year": 2027, "unitCost": 320000, "unitValue": 140000, "unitCashFlow": 8200, "npa": True},
  {"id": "ams-middle", "type": "NEW_BUILD_MIDDLE", "region": "amsterdam", "units": int(300*S), "year": 2029, "unitCost": 340000, "unitValue": 270000, "unitCashFlow": 11000, "npa": True},
  {"id": "ams-gasfree", "type": "GAS_FREE", "region": "amsterdam", "owner": "ams-oost", "units": 800, "year": 2028, "unitCost": 42000, "unitValue": 6000, "unitCashFlow": 150, "npa": True},
  {"id": "ams-tower", "type": "NEW_BUILD_SOCIAL", "region": "amsterdam", "owner": "ams-stad", "units": 120, "year": 2030, "unitCost": 390000, "unitValue": 140000, "unitCashFlow": 8400, "npa": False},
  {"id": "zaan-social", "type": "NEW_BUILD_SOCIAL", "region": "zaanstreek", "units": 250, "year": 2026, "unitCost": 285000, "unitValue": 125000, "unitCashFlow": 7600, "npa": True},
  {"id": "utr-social", "type": "NEW_BUILD_SOCIAL", "region": "utrecht", "units": int(400*S), "year": 2027, "unitCost": 305000, "unitValue": 130000, "unitCashFlow": 7900, "npa": True},
  {"id": "utr-insulation", "type": "INSULATION", "region": "utrecht", "owner": "utr-wonen", "units": 1500, "year": 2026, "unitCost": 35000, "unitValue": 4000, "unitCashFlow": 120, "npa": True},
  {"id": "gld-social", "type": "NEW_BUILD_SOCIAL", "region": "arnhem-nijmegen", "units": 400, "year": 2026, "unitCost": 270000, "unitValue": 120000, "unitCashFlow": 7200, "npa": True},
  {"id": "ach-insulation", "type": "INSULATION", "region": "achterhoek", "owner": "achterhoek", "units": 600, "year": 2027, "unitCost": 33000, "unitValue": 3000, "unitCashFlow": 100, "npa": True},
  {"id": "lim-social", "type": "NEW_BUILD_SOCIAL", "region": "zuid-limburg", "units": 200, "year": 2026, "unitCost": 260000, "unitValue": 115000, "unitCashFlow": 6900, "npa": True},
  {"id": "lim-gasfree", "type": "GAS_FREE", "region": "zuid-limburg", "owner": "lim-maas", "units": 500, "year": 2029, "unitCost": 38000, "unitValue": 5000, "unitCashFlow": 130, "npa": True}]
}
print(json.dumps(inst, indent=2))
