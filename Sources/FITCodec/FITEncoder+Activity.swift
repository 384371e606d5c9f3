extension FITEncoder {
    /// Developer fields of every record, from one Connect IQ application (e.g. a Stryd pod's).
    public struct RecordDeveloperFields: Sendable {
        /// One developer field: its description and one value per record (NaN: invalid), in the
        /// description's units before its scale/offset.
        public struct Channel: Sendable {
            public var description: FITDeveloperFieldDescription
            public var values: [Double]

            public init(description: FITDeveloperFieldDescription, values: [Double]) {
                self.description = description
                self.values = values
            }
        }

        /// The application's 16-byte id (developer_data_id.application_id).
        public var applicationID: [UInt8]
        public var developerDataIndex: UInt8
        public var channels: [Channel]

        public init(applicationID: [UInt8], developerDataIndex: UInt8 = 0, channels: [Channel]) {
            self.applicationID = applicationID
            self.developerDataIndex = developerDataIndex
            self.channels = channels
        }
    }

    /// Encodes an activity file: file_id, one record per `records` element, laps, sessions and the
    /// activity message. Records get timestamp, distance, speed + enhanced_speed, altitude +
    /// enhanced_altitude, heart_rate, cadence + fractional_cadence (cadence as given: strides/min
    /// for running), position, power and the running dynamics. When `activity.laps` is empty one lap per session is written.
    /// With `developer`, developer_data_id and field_description messages precede the records, and
    /// every record carries the developer fields.
    /// With `summaryFirst`, lap and session messages come before the records, each with the file's
    /// first timestamp in its `timestamp` field, as multisport watches write them (a session then
    /// spans `start_time` to `start_time + total_elapsed_time`).
    public static func encodeActivity(_ activity: FITActivity, developer: RecordDeveloperFields? = nil,
                                      summaryFirst: Bool = false) -> [UInt8] {
        var encoder = FITEncoder()
        let fileID = activity.fileID ?? FITActivity.FileID()
        encoder.define(local: 0, global: 0, fields: [Field(0, .enum), Field(1, .uint16), Field(2, .uint16), Field(4, .uint32)])
        encoder.write(local: 0, values: [Double(fileID.type ?? 4), Double(fileID.manufacturer ?? 255),
                                         Double(fileID.product ?? 0), fitTime(fileID.timeCreated)])
        var developerFields: [DeveloperField] = []
        if let developer {
            encoder.developerDataID(local: 5, index: developer.developerDataIndex, applicationID: developer.applicationID)
            for channel in developer.channels {
                precondition(channel.values.count == activity.records.count, "one developer value per record")
                var d = channel.description
                d.developerDataIndex = developer.developerDataIndex
                encoder.describeDeveloperField(local: 6, d)
                developerFields.append(DeveloperField(d.fieldNumber, d.baseType, developerDataIndex: d.developerDataIndex))
            }
        }

        if summaryFirst { writeSummaries(timestamp: activity.records.first?.timestamp ?? activity.sessions.first?.startTime) }
        encoder.define(local: 1, global: 20, fields: [
            Field(253, .uint32), Field(5, .uint32), Field(6, .uint16), Field(73, .uint32), Field(2, .uint16),
            Field(78, .uint32), Field(3, .uint8), Field(4, .uint8), Field(53, .uint8), Field(0, .sint32),
            Field(1, .sint32), Field(7, .uint16), Field(41, .uint16), Field(84, .uint16), Field(85, .uint16),
            Field(39, .uint16), Field(83, .uint16),
        ], developerFields: developerFields)
        let semicircles = 2_147_483_648.0 / 180
        for (index, r) in activity.records.enumerated() {
            // Split cadence into its whole part and 1/128 fraction, carrying a fraction that rounds to 128.
            let total = r.totalCadence
            var whole = total.rounded(.down)
            var fraction = ((total - whole) * 128).rounded()
            if fraction >= 128 { whole += 1; fraction = 0 }
            let hasPosition = !r.latitude.isNaN && !r.longitude.isNaN
            // Raw values at the profile's scales (record message): see FITActivityCollector.
            encoder.write(local: 1, values: [
                fitTime(r.timestamp), r.distance * 100, r.speed * 1000, r.speed * 1000,
                (r.altitude + 500) * 5, (r.altitude + 500) * 5, r.heartRate, whole, total.isNaN ? .nan : fraction,
                hasPosition ? r.latitude * semicircles : .nan, hasPosition ? r.longitude * semicircles : .nan,
                r.power, r.stanceTime * 10, r.stanceTimeBalance * 100, r.stepLength * 10,
                r.verticalOscillation * 10, r.verticalRatio * 100,
            ], developerValues: developer.map { d in d.channels.map { Self.rawDeveloperValue($0, index) } } ?? [])
        }

        func writeSummaries(timestamp: Int64?) {
            let segmentFields = [Field(253, .uint32), Field(0, .enum), Field(1, .enum), Field(2, .uint32),
                                 Field(7, .uint32), Field(8, .uint32), Field(9, .uint32)]
            encoder.define(local: 2, global: 19, fields: segmentFields + [Field(25, .enum), Field(39, .enum)])
            let laps = activity.laps.isEmpty ? activity.sessions : activity.laps
            for lap in laps {
                // event 9 = lap, event_type 1 = stop (profile enums).
                encoder.write(local: 2, values: segmentValues(lap, event: 9, timestamp: timestamp) + [sport(lap.sport), sport(lap.subSport)])
            }
            encoder.define(local: 3, global: 18, fields: segmentFields + [Field(5, .enum), Field(6, .enum)])
            for session in activity.sessions {
                encoder.write(local: 3, values: segmentValues(session, event: 8, timestamp: timestamp)
                                  + [sport(session.sport), sport(session.subSport)])
            }
        }
        if !summaryFirst { writeSummaries(timestamp: nil) }
        let end = activity.sessions.compactMap(\.timestamp).max() ?? activity.records.last?.timestamp
        let timer = activity.sessions.map(\.totalElapsedTime).filter { !$0.isNaN }.reduce(0, +)
        encoder.define(local: 4, global: 34, fields: [
            Field(253, .uint32), Field(0, .uint32), Field(1, .uint16), Field(2, .enum), Field(3, .enum), Field(4, .enum),
        ])
        // type 0 = manual, event 26 = activity, event_type 1 = stop.
        encoder.write(local: 4, values: [fitTime(end), timer * 1000, Double(activity.sessions.count), 0, 26, 1])
        return encoder.finish()
    }

    private static func segmentValues(_ s: FITActivity.Segment, event: Double, timestamp: Int64? = nil) -> [Double] {
        [fitTime(timestamp ?? s.timestamp), event, 1, fitTime(s.startTime), s.totalElapsedTime * 1000, s.totalElapsedTime * 1000,
         s.totalDistance * 100]
    }

    /// A value in the field's units → the stored raw value (value × scale + offset, as FIT defines
    /// scale and offset).
    private static func rawDeveloperValue(_ channel: RecordDeveloperFields.Channel, _ index: Int) -> Double {
        channel.values[index] * channel.description.scale + channel.description.offset
    }

    private static func sport(_ value: Int?) -> Double { value.map(Double.init) ?? .nan }

    private static func fitTime(_ unix: Int64?) -> Double {
        unix.map { Double(FITEpoch.fit(fromUnix: $0)) } ?? .nan
    }
}
