package io.zaplecze.routing.plan;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.zaplecze.routing.solver.PlannerSolverConfig;
import io.zaplecze.routing.solver.RoutingSolution;

/**
 * Timefold wired by hand (there is no Spring Boot starter for Timefold 2.x): the solver config, its
 * factory, a solver manager (one solve per configured concurrent job; each solve uses the configured
 * search threads) and a solution manager for score explanations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanningProperties.class)
class PlanningConfiguration {

	@Bean
	SolverConfig plannerSolverConfig(PlanningProperties properties) {
		return PlannerSolverConfig.of(properties.effectiveThreads(), 1, properties.localSearchShare(),
				properties.search().tuning());
	}

	@Bean
	SolverFactory<RoutingSolution> plannerSolverFactory(SolverConfig plannerSolverConfig) {
		return SolverFactory.create(plannerSolverConfig);
	}

	@Bean(destroyMethod = "close")
	SolverManager<RoutingSolution> plannerSolverManager(SolverFactory<RoutingSolution> plannerSolverFactory,
			PlanningProperties properties) {
		return SolverManager.create(plannerSolverFactory,
				new SolverManagerConfig().withParallelSolverCount(Integer.toString(properties.concurrentJobs())));
	}

	@Bean
	SolutionManager<RoutingSolution, HardMediumSoftScore> plannerSolutionManager(
			SolverFactory<RoutingSolution> plannerSolverFactory) {
		return SolutionManager.create(plannerSolverFactory);
	}

}
