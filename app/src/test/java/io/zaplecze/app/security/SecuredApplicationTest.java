package io.zaplecze.app.security;

import io.zaplecze.testsupport.RealServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the security tests: the whole application (every module, real PostGIS and Mosquitto) behind
 * its real security filter chain, one Spring context shared by every subclass. The login lockout is
 * shortened so the throttling test can wait it out.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@RealServices
@TestPropertySource(properties = "zaplecze.security.login.lockout=3s")
abstract class SecuredApplicationTest {

	@Autowired
	protected MockMvc mvc;

}
