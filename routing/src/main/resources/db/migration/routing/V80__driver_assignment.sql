-- Which vehicle a driver (a user name of the application) drives on a day (issue #18, access-control
-- range V80-V89): a driver sees only that vehicle's route. One vehicle per driver and one driver per
-- vehicle a day.
CREATE TABLE driver_assignment (
    day         date         NOT NULL,
    driver      varchar(100) NOT NULL,
    vehicle_id  uuid         NOT NULL REFERENCES vehicle (id) ON DELETE CASCADE,
    assigned_at timestamptz  NOT NULL,
    PRIMARY KEY (day, driver),
    UNIQUE (day, vehicle_id)
);
