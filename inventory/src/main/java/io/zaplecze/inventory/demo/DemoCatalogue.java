package io.zaplecze.inventory.demo;

import java.util.List;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.TemperatureClass;

/**
 * A food and household distributor's range (61 SKUs): ambient groceries and drinks, household
 * goods without expiry, chilled dairy and meat, frozen food. Weights and volumes are per unit as sold
 * (mostly cases); perishables rotate FEFO with a minimum remaining shelf life at delivery, household
 * goods FIFO, a few bulky non-perishables LIFO (picked from the front of the bay).
 */
final class DemoCatalogue {

	static final List<ProductView> PRODUCTS = List.of(
			p("AMB-PASTA-SPAG-500", "Spaghetti 500 g, case of 20", "case", 10400, 16000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 90),
			p("AMB-PASTA-PENNE-500", "Penne 500 g, case of 20", "case", 10400, 18000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 90),
			p("AMB-RICE-BASM-1K", "Basmati rice 1 kg, case of 10", "case", 10300, 13500, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 120),
			p("AMB-FLOUR-W450-1K", "Wheat flour type 450 1 kg, case of 10", "case", 10200, 14000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 60),
			p("AMB-SUGAR-1K", "White sugar 1 kg, case of 10", "case", 10100, 11000, TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0),
			p("AMB-SALT-1K", "Table salt 1 kg, case of 12", "case", 12100, 10000, TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0),
			p("AMB-OIL-RAPE-1L", "Rapeseed oil 1 l, case of 12", "case", 11500, 14500, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 90),
			p("AMB-OLIVE-EV-500", "Extra virgin olive oil 0.5 l, case of 12", "case", 8900, 9000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 120),
			p("AMB-TOMATO-CAN-400", "Chopped tomatoes 400 g tin, tray of 24", "tray", 10400, 11000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 180),
			p("AMB-BEANS-CAN-400", "Red kidney beans 400 g tin, tray of 24", "tray", 10300, 11000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 180),
			p("AMB-TUNA-CAN-170", "Tuna in brine 170 g tin, tray of 24", "tray", 4600, 5200, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 180),
			p("AMB-COFFEE-GR-500", "Ground coffee 500 g, case of 12", "case", 6300, 10800, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 90),
			p("AMB-COFFEE-BEAN-1K", "Coffee beans 1 kg, case of 6", "case", 6200, 12000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 90),
			p("AMB-TEA-BLACK-100", "Black tea 100 bags, case of 12", "case", 2900, 14000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 120),
			p("AMB-WATER-15L-6", "Still water 1.5 l, pack of 6", "pack", 9200, 10500, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 60),
			p("AMB-WATER-SPARK-15L-6", "Sparkling water 1.5 l, pack of 6", "pack", 9200, 10500, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 60),
			p("AMB-JUICE-APPLE-1L", "Apple juice 1 l, case of 12", "case", 12800, 14500, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 45),
			p("AMB-JUICE-ORANGE-1L", "Orange juice 1 l, case of 12", "case", 12800, 14500, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 45),
			p("AMB-OATS-500", "Rolled oats 500 g, case of 12", "case", 6200, 16000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 60),
			p("AMB-CEREAL-CORN-500", "Corn flakes 500 g, case of 12", "case", 6600, 42000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 60),
			p("AMB-HONEY-400", "Multiflower honey 400 g jar, case of 12", "case", 7600, 6000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 180),
			p("AMB-JAM-STRAW-280", "Strawberry jam 280 g jar, case of 12", "case", 5500, 4800, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 120),
			p("AMB-CHOC-MILK-100", "Milk chocolate 100 g, box of 24", "box", 2600, 3500, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 90),
			p("AMB-BISCUIT-BUTTER-200", "Butter biscuits 200 g, case of 16", "case", 3500, 9000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 60),
			p("AMB-UHT-MILK-1L", "UHT milk 2% 1 l, case of 12", "case", 12600, 13000, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 30),
			p("HH-DETERG-POWDER-5K", "Laundry powder 5 kg", "pcs", 5100, 9000, TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0),
			p("HH-DETERG-LIQ-3L", "Laundry liquid 3 l, case of 4", "case", 12800, 13000, TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0),
			p("HH-DISH-LIQ-1L", "Dishwashing liquid 1 l, case of 12", "case", 12500, 13500, TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0),
			p("HH-DISH-TABS-60", "Dishwasher tablets 60 pcs, case of 6", "case", 6800, 12000, TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0),
			p("HH-TOILET-PAPER-24", "Toilet paper 24 rolls", "pack", 2900, 52000, TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0),
			p("HH-PAPER-TOWEL-4", "Paper towels 4 rolls, bale of 6", "bale", 4200, 48000, TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0),
			p("HH-BIN-BAGS-60L", "Bin bags 60 l 20 pcs, case of 30", "case", 9000, 15000, TemperatureClass.AMBIENT, RotationPolicy.LIFO, 0),
			p("HH-SPONGE-10", "Kitchen sponges 10 pcs, case of 24", "case", 1900, 30000, TemperatureClass.AMBIENT, RotationPolicy.LIFO, 0),
			p("HH-BLEACH-1L", "Bleach 1 l, case of 12", "case", 13000, 13500, TemperatureClass.AMBIENT, RotationPolicy.FIFO, 0),
			p("HH-SHAMPOO-400", "Shampoo 400 ml, case of 12", "case", 5300, 6200, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 180),
			p("HH-SOAP-LIQ-500", "Liquid hand soap 500 ml, case of 12", "case", 6400, 7400, TemperatureClass.AMBIENT, RotationPolicy.FEFO, 180),
			p("HH-CHARCOAL-25K", "Grill charcoal 2.5 kg bag", "bag", 2550, 14000, TemperatureClass.AMBIENT, RotationPolicy.LIFO, 0),
			p("CHL-MILK-FRESH-1L", "Fresh milk 3.2% 1 l, crate of 12", "crate", 12700, 14000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 4),
			p("CHL-YOGURT-NAT-400", "Natural yoghurt 400 g, tray of 12", "tray", 5000, 6500, TemperatureClass.CHILLED, RotationPolicy.FEFO, 7),
			p("CHL-YOGURT-STRAW-150", "Strawberry yoghurt 150 g, tray of 24", "tray", 3800, 4800, TemperatureClass.CHILLED, RotationPolicy.FEFO, 7),
			p("CHL-KEFIR-1L", "Kefir 1 l, crate of 10", "crate", 10500, 12000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 5),
			p("CHL-BUTTER-200", "Butter 82% 200 g, case of 40", "case", 8200, 9000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 14),
			p("CHL-CHEESE-GOUDA-1K", "Gouda cheese block 1 kg, case of 6", "case", 6100, 7000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 14),
			p("CHL-TWAROG-250", "Quark (twarog) 250 g, tray of 20", "tray", 5200, 7000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 5),
			p("CHL-CREAM-18-400", "Sour cream 18% 400 g, tray of 12", "tray", 5000, 6000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 7),
			p("CHL-EGGS-L-10", "Eggs size L, 10 pcs, case of 18", "case", 12500, 36000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 10),
			p("CHL-HAM-SLICED-150", "Sliced ham 150 g, tray of 12", "tray", 1900, 3600, TemperatureClass.CHILLED, RotationPolicy.FEFO, 5),
			p("CHL-KIELBASA-1K", "Smoked sausage (kielbasa) 1 kg, case of 6", "case", 6100, 8000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 7),
			p("CHL-CHICKEN-BREAST-1K", "Chicken breast fillet 1 kg, crate of 8", "crate", 8300, 12000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 3),
			p("CHL-SALMON-SMOKED-100", "Smoked salmon 100 g, tray of 20", "tray", 2200, 3000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 7),
			p("CHL-SALAD-MIX-200", "Salad mix 200 g, crate of 10", "crate", 2100, 15000, TemperatureClass.CHILLED, RotationPolicy.FEFO, 2),
			p("CHL-HUMMUS-200", "Hummus 200 g, tray of 12", "tray", 2500, 3200, TemperatureClass.CHILLED, RotationPolicy.FEFO, 7),
			p("FRZ-PEAS-450", "Frozen peas 450 g, case of 16", "case", 7400, 16000, TemperatureClass.FROZEN, RotationPolicy.FEFO, 60),
			p("FRZ-VEG-MIX-450", "Frozen vegetable mix 450 g, case of 16", "case", 7400, 16000, TemperatureClass.FROZEN, RotationPolicy.FEFO, 60),
			p("FRZ-FRIES-25K", "Oven fries 2.5 kg, case of 4", "case", 10100, 24000, TemperatureClass.FROZEN, RotationPolicy.FEFO, 60),
			p("FRZ-PIZZA-MARG-350", "Pizza margherita 350 g, case of 10", "case", 3700, 14000, TemperatureClass.FROZEN, RotationPolicy.FEFO, 45),
			p("FRZ-PIEROGI-RUSKIE-450", "Pierogi ruskie 450 g, case of 12", "case", 5500, 9000, TemperatureClass.FROZEN, RotationPolicy.FEFO, 45),
			p("FRZ-FISHFINGERS-300", "Fish fingers 300 g, case of 14", "case", 4300, 8000, TemperatureClass.FROZEN, RotationPolicy.FEFO, 60),
			p("FRZ-ICECREAM-VAN-1L", "Vanilla ice cream 1 l, case of 6", "case", 3300, 7200, TemperatureClass.FROZEN, RotationPolicy.FEFO, 90),
			p("FRZ-BERRIES-MIX-450", "Frozen berries 450 g, case of 16", "case", 7400, 16000, TemperatureClass.FROZEN, RotationPolicy.FEFO, 60),
			p("FRZ-SPINACH-450", "Chopped spinach 450 g, case of 16", "case", 7400, 14000, TemperatureClass.FROZEN, RotationPolicy.FEFO, 60));

	private DemoCatalogue() {
	}

	private static ProductView p(String sku, String name, String unit, long weightGrams, long volumeCm3,
			TemperatureClass temperatureClass, RotationPolicy rotationPolicy, int minShelfLifeDays) {
		return new ProductView(sku, name, unit, weightGrams, volumeCm3, temperatureClass, rotationPolicy,
				minShelfLifeDays);
	}

}
