<?xml version="1.0" encoding="UTF-8"?>
<!-- Quantities dev set: QUANTITY value (scaled), change as a signed fraction where the figure is a change, unit (normalised); measure and period only where the text states them. -->
<TimeML>
<DOCID>energy-news</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-06-05" temporalFunction="false" functionInDocument="CREATION_TIME">2023-06-05</TIMEX3></DCT>
<TEXT>The new dam will generate <QUANTITY id="q1" value="4000" unit="GWh">4,000 GWh</QUANTITY> a year and cost <QUANTITY id="q2" value="5000000000" unit="USD">$5 billion</QUANTITY>, the energy ministry said. Construction of the <QUANTITY id="q3" value="1870" unit="MW" measure="plant">1,870 MW</QUANTITY> plant began in 2016.
Electricity exports to Pakistan reached <QUANTITY id="q4" value="76000000" unit="USD" measure="Electricity exports" period="2022">$76 million</QUANTITY> in 2022, and the line across the mountains runs <QUANTITY id="q5" value="750" unit="km">some 750 km</QUANTITY>. A twin project in the east will flood <QUANTITY id="q6" value="200" unit="ha">about 200 hectares</QUANTITY> and displace <QUANTITY id="q7" value="12" unit="villages" measure="villages">twelve villages</QUANTITY>.
Coal output dropped by <QUANTITY id="q8" value="7" change="-0.07" unit="%" measure="Coal output">7%</QUANTITY> last year, while a <QUANTITY id="q9" value="25" unit="%">25% increase</QUANTITY> in hydropower offset the loss. The state company employs <QUANTITY id="q10" value="40000" unit="people" measure="people">about 40,000 people</QUANTITY> and plans to cut <QUANTITY id="q11" value="12" unit="mines" measure="mines">a dozen mines</QUANTITY>.
Phone lines on +7 727 250 11 22 remained busy, officials said.</TEXT>
</TimeML>
