package io.zaplecze.routing.delivery;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.zaplecze.platform.ProblemDetailsAdvice;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Status codes of the deliveries API. */
@WebMvcTest(DeliveryController.class)
@Import(ProblemDetailsAdvice.class)
class DeliveryControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DeliveryService deliveries;

	@Test
	void listsADay() throws Exception {
		given(this.deliveries.forDate(any())).willReturn(List.of());
		this.mvc.perform(get("/api/v1/routing/deliveries?date=2031-03-04")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aMissingOrMalformedDateIsABadRequest() throws Exception {
		this.mvc.perform(get("/api/v1/routing/deliveries")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/routing/deliveries?date=tomorrow")).andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownShipmentIsNotFound() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.deliveries.get(id)).willThrow(new DeliveryService.DeliveryNotFound(id));
		this.mvc.perform(get("/api/v1/routing/deliveries/" + id))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("delivery-not-found"));
	}

}
