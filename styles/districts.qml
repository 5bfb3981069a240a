<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="1" styleCategories="Symbology|Labeling|Fields|Forms|Diagrams" version="3.22.16-Białowieża">
 <renderer-v2 enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="RuleRenderer">
  <rules key="{4042c457-4757-455f-a6f4-408b85d6d01a}">
   <rule filter="&quot;level&quot; = 'tong'" key="{e0c696d1-135d-4506-be4a-440adbe4f055}" label="통" symbol="0" />
   <rule filter="&quot;level&quot; = 'dong'" key="{53c4a68c-8d09-4fa0-a2ee-2fa9b86768c0}" label="행정동" symbol="1" />
   <rule filter="&quot;level&quot; = 'gu'" key="{5964b8c4-ee4a-48be-98b0-2af66c2552c9}" label="구" symbol="2" />
  </rules>
  <symbols>
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="fill">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="0,0,0,0" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="127,127,127,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.25" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="solid" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="0,0,0,0" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="127,127,127,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.25" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="style" v="solid" />
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="1" type="fill">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="0,0,0,0" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="37,37,37,255" />
      <Option name="outline_style" type="QString" value="solid" />
      <Option name="outline_width" type="QString" value="0.8" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="solid" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="0,0,0,0" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="37,37,37,255" />
     <prop k="outline_style" v="solid" />
     <prop k="outline_width" v="0.8" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="style" v="solid" />
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="2" type="fill">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="0,0,0,0" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_style" type="QString" value="solid" />
      <Option name="outline_width" type="QString" value="1.4" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="solid" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="0,0,0,0" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_style" v="solid" />
     <prop k="outline_width" v="1.4" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="style" v="solid" />
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
  </symbols>
 </renderer-v2>
 <labeling type="rule-based">
  <rules key="{f7d93c12-0c76-4b8e-b153-64a2092422d9}">
   <rule filter="&quot;level&quot; = 'dong'" key="{e6e9873a-ccb3-4ac3-88a7-029010cfc821}">
    <settings calloutType="simple">
     <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="name" fontFamily="NanumGothic" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="12" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="75" fontWordSpacing="0" isExpression="0" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="17,17,17,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
      <families />
      <text-buffer bufferBlendMode="0" bufferColor="255,255,255,255" bufferDraw="1" bufferJoinStyle="128" bufferNoFill="1" bufferOpacity="1" bufferSize="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSizeUnits="MM" />
      <text-mask maskEnabled="0" maskJoinStyle="128" maskOpacity="1" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskSizeUnits="MM" maskType="0" maskedSymbolLayers="" />
      <background shapeBlendMode="0" shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeDraw="0" shapeFillColor="255,255,255,255" shapeJoinStyle="64" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeOffsetY="0" shapeOpacity="1" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeRadiiX="0" shapeRadiiY="0" shapeRotation="0" shapeRotationType="0" shapeSVGFile="" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeSizeUnit="MM" shapeSizeX="0" shapeSizeY="0" shapeType="0">
       <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="fillSymbol" type="fill">
        <data_defined_properties>
         <Option type="Map">
          <Option name="name" type="QString" value="" />
          <Option name="properties" />
          <Option name="type" type="QString" value="collection" />
         </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
         <Option type="Map">
          <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="color" type="QString" value="255,255,255,255" />
          <Option name="joinstyle" type="QString" value="bevel" />
          <Option name="offset" type="QString" value="0,0" />
          <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="offset_unit" type="QString" value="MM" />
          <Option name="outline_color" type="QString" value="128,128,128,255" />
          <Option name="outline_style" type="QString" value="no" />
          <Option name="outline_width" type="QString" value="0" />
          <Option name="outline_width_unit" type="QString" value="MM" />
          <Option name="style" type="QString" value="solid" />
         </Option>
         <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
         <prop k="color" v="255,255,255,255" />
         <prop k="joinstyle" v="bevel" />
         <prop k="offset" v="0,0" />
         <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
         <prop k="offset_unit" v="MM" />
         <prop k="outline_color" v="128,128,128,255" />
         <prop k="outline_style" v="no" />
         <prop k="outline_width" v="0" />
         <prop k="outline_width_unit" v="MM" />
         <prop k="style" v="solid" />
         <data_defined_properties>
          <Option type="Map">
           <Option name="name" type="QString" value="" />
           <Option name="properties" />
           <Option name="type" type="QString" value="collection" />
          </Option>
         </data_defined_properties>
        </layer>
       </symbol>
      </background>
      <shadow shadowBlendMode="6" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowOpacity="0.69999999999999996" shadowRadius="1.5" shadowRadiusAlphaOnly="0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowScale="100" shadowUnder="0" />
      <dd_properties>
       <Option type="Map">
        <Option name="name" type="QString" value="" />
        <Option name="properties" />
        <Option name="type" type="QString" value="collection" />
       </Option>
      </dd_properties>
      <substitutions />
     </text-style>
     <text-format addDirectionSymbol="0" autoWrapLength="0" decimals="3" formatNumbers="0" leftDirectionSymbol="&lt;" multilineAlign="3" placeDirectionSymbol="0" plussign="0" reverseDirectionSymbol="0" rightDirectionSymbol="&gt;" useMaxLineLengthForAutoWrap="1" wrapChar="" />
     <placement centroidInside="1" centroidWhole="0" dist="0" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="0" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="1" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="5" quadOffset="4" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="0" />
     <rendering displayAll="1" drawLabels="1" fontLimitPixelSize="0" fontMaxPixelSize="10000" fontMinPixelSize="0" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" mergeLines="0" minFeatureSize="0" obstacle="1" obstacleFactor="1" obstacleType="1" scaleMax="0" scaleMin="0" scaleVisibility="0" unplacedVisibility="0" upsidedownLabels="0" zIndex="0" />
     <dd_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </dd_properties>
     <callout type="simple">
      <Option type="Map">
       <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility" />
       <Option name="blendMode" type="int" value="0" />
       <Option name="ddProperties" type="Map">
        <Option name="name" type="QString" value="" />
        <Option name="properties" />
        <Option name="type" type="QString" value="collection" />
       </Option>
       <Option name="drawToAllParts" type="bool" value="false" />
       <Option name="enabled" type="QString" value="0" />
       <Option name="labelAnchorPoint" type="QString" value="point_on_exterior" />
       <Option name="lineSymbol" type="QString" value="&lt;symbol name=&quot;symbol&quot; force_rhr=&quot;0&quot; alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; type=&quot;line&quot;&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;properties&quot;/&gt;&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;layer locked=&quot;0&quot; pass=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot;&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;align_dash_pattern&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;capstyle&quot; value=&quot;square&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;customdash&quot; value=&quot;5;2&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;customdash_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;dash_pattern_offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;draw_inside_polygon&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;joinstyle&quot; value=&quot;bevel&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;line_color&quot; value=&quot;60,60,60,255&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;line_style&quot; value=&quot;solid&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;line_width&quot; value=&quot;0.3&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;line_width_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;ring_filter&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_end&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_start&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;use_custom_dash&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;/Option&gt;&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/&gt;&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/&gt;&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/&gt;&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/&gt;&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/&gt;&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/&gt;&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;properties&quot;/&gt;&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;/layer&gt;&lt;/symbol&gt;" />
       <Option name="minLength" type="double" value="0" />
       <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="minLengthUnit" type="QString" value="MM" />
       <Option name="offsetFromAnchor" type="double" value="0" />
       <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="offsetFromAnchorUnit" type="QString" value="MM" />
       <Option name="offsetFromLabel" type="double" value="0" />
       <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="offsetFromLabelUnit" type="QString" value="MM" />
      </Option>
     </callout>
    </settings>
   </rule>
   <rule filter="&quot;level&quot; = 'tong'" key="{a3a1bcac-7d18-475c-9102-332336be6115}" scalemaxdenom="12000">
    <settings calloutType="simple">
     <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="name" fontFamily="NanumGothic" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="8" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="50" fontWordSpacing="0" isExpression="0" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="17,17,17,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
      <families />
      <text-buffer bufferBlendMode="0" bufferColor="255,255,255,255" bufferDraw="1" bufferJoinStyle="128" bufferNoFill="1" bufferOpacity="1" bufferSize="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSizeUnits="MM" />
      <text-mask maskEnabled="0" maskJoinStyle="128" maskOpacity="1" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskSizeUnits="MM" maskType="0" maskedSymbolLayers="" />
      <background shapeBlendMode="0" shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeDraw="0" shapeFillColor="255,255,255,255" shapeJoinStyle="64" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeOffsetY="0" shapeOpacity="1" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeRadiiX="0" shapeRadiiY="0" shapeRotation="0" shapeRotationType="0" shapeSVGFile="" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeSizeUnit="MM" shapeSizeX="0" shapeSizeY="0" shapeType="0">
       <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="fillSymbol" type="fill">
        <data_defined_properties>
         <Option type="Map">
          <Option name="name" type="QString" value="" />
          <Option name="properties" />
          <Option name="type" type="QString" value="collection" />
         </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
         <Option type="Map">
          <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="color" type="QString" value="255,255,255,255" />
          <Option name="joinstyle" type="QString" value="bevel" />
          <Option name="offset" type="QString" value="0,0" />
          <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="offset_unit" type="QString" value="MM" />
          <Option name="outline_color" type="QString" value="128,128,128,255" />
          <Option name="outline_style" type="QString" value="no" />
          <Option name="outline_width" type="QString" value="0" />
          <Option name="outline_width_unit" type="QString" value="MM" />
          <Option name="style" type="QString" value="solid" />
         </Option>
         <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
         <prop k="color" v="255,255,255,255" />
         <prop k="joinstyle" v="bevel" />
         <prop k="offset" v="0,0" />
         <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
         <prop k="offset_unit" v="MM" />
         <prop k="outline_color" v="128,128,128,255" />
         <prop k="outline_style" v="no" />
         <prop k="outline_width" v="0" />
         <prop k="outline_width_unit" v="MM" />
         <prop k="style" v="solid" />
         <data_defined_properties>
          <Option type="Map">
           <Option name="name" type="QString" value="" />
           <Option name="properties" />
           <Option name="type" type="QString" value="collection" />
          </Option>
         </data_defined_properties>
        </layer>
       </symbol>
      </background>
      <shadow shadowBlendMode="6" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowOpacity="0.69999999999999996" shadowRadius="1.5" shadowRadiusAlphaOnly="0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowScale="100" shadowUnder="0" />
      <dd_properties>
       <Option type="Map">
        <Option name="name" type="QString" value="" />
        <Option name="properties" />
        <Option name="type" type="QString" value="collection" />
       </Option>
      </dd_properties>
      <substitutions />
     </text-style>
     <text-format addDirectionSymbol="0" autoWrapLength="0" decimals="3" formatNumbers="0" leftDirectionSymbol="&lt;" multilineAlign="3" placeDirectionSymbol="0" plussign="0" reverseDirectionSymbol="0" rightDirectionSymbol="&gt;" useMaxLineLengthForAutoWrap="1" wrapChar="" />
     <placement centroidInside="1" centroidWhole="0" dist="0" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="0" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="1" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="5" quadOffset="4" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="0" />
     <rendering displayAll="0" drawLabels="1" fontLimitPixelSize="0" fontMaxPixelSize="10000" fontMinPixelSize="0" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" mergeLines="0" minFeatureSize="0" obstacle="1" obstacleFactor="1" obstacleType="1" scaleMax="0" scaleMin="0" scaleVisibility="0" unplacedVisibility="0" upsidedownLabels="0" zIndex="0" />
     <dd_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </dd_properties>
     <callout type="simple">
      <Option type="Map">
       <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility" />
       <Option name="blendMode" type="int" value="0" />
       <Option name="ddProperties" type="Map">
        <Option name="name" type="QString" value="" />
        <Option name="properties" />
        <Option name="type" type="QString" value="collection" />
       </Option>
       <Option name="drawToAllParts" type="bool" value="false" />
       <Option name="enabled" type="QString" value="0" />
       <Option name="labelAnchorPoint" type="QString" value="point_on_exterior" />
       <Option name="lineSymbol" type="QString" value="&lt;symbol name=&quot;symbol&quot; force_rhr=&quot;0&quot; alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; type=&quot;line&quot;&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;properties&quot;/&gt;&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;layer locked=&quot;0&quot; pass=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot;&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;align_dash_pattern&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;capstyle&quot; value=&quot;square&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;customdash&quot; value=&quot;5;2&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;customdash_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;dash_pattern_offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;draw_inside_polygon&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;joinstyle&quot; value=&quot;bevel&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;line_color&quot; value=&quot;60,60,60,255&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;line_style&quot; value=&quot;solid&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;line_width&quot; value=&quot;0.3&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;line_width_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;ring_filter&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_end&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_start&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;use_custom_dash&quot; value=&quot;0&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/&gt;&lt;/Option&gt;&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/&gt;&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/&gt;&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/&gt;&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/&gt;&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/&gt;&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/&gt;&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/&gt;&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/&gt;&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;properties&quot;/&gt;&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;/layer&gt;&lt;/symbol&gt;" />
       <Option name="minLength" type="double" value="0" />
       <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="minLengthUnit" type="QString" value="MM" />
       <Option name="offsetFromAnchor" type="double" value="0" />
       <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="offsetFromAnchorUnit" type="QString" value="MM" />
       <Option name="offsetFromLabel" type="double" value="0" />
       <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="offsetFromLabelUnit" type="QString" value="MM" />
      </Option>
     </callout>
    </settings>
   </rule>
  </rules>
 </labeling>
 <blendMode>0</blendMode>
 <featureBlendMode>0</featureBlendMode>
 <LinearlyInterpolatedDiagramRenderer attributeLegend="1" classificationAttributeExpression="coalesce(to_int(regexp_substr(@wvm_tong_counts, '\\|' || &quot;code&quot; || ':[^|]*t(\\d+)')), 0)" diagramType="Pie" lowerHeight="0" lowerValue="0" lowerWidth="0" upperHeight="6" upperValue="60" upperWidth="6">
  <DiagramCategory backgroundAlpha="255" backgroundColor="#000000" barWidth="5" diagramOrientation="Up" direction="1" enabled="1" height="-1" labelPlacementMethod="Height" lineSizeScale="3x:0,0,0,0,0,0" lineSizeType="MM" maxScaleDenominator="0" minScaleDenominator="12000" minimumSize="0" opacity="1" penAlpha="255" penColor="#333333" penWidth="0.2" rotationOffset="270" scaleBasedVisibility="1" scaleDependency="Area" showAxis="0" sizeScale="3x:0,0,0,0,0,0" sizeType="MM" spacing="0" spacingUnit="MM" spacingUnitScale="3x:0,0,0,0,0,0" width="-1">
   <fontProperties description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style="" />
   <attribute color="#e31a1c" colorOpacity="1" field="coalesce(to_int(regexp_substr(@wvm_tong_counts, '\\|' || &quot;code&quot; || ':[^|]*h(\\d+)')), 0)" label="고위험" />
   <attribute color="#ff7f00" colorOpacity="1" field="coalesce(to_int(regexp_substr(@wvm_tong_counts, '\\|' || &quot;code&quot; || ':[^|]*m(\\d+)')), 0)" label="중위험" />
   <attribute color="#1f78b4" colorOpacity="1" field="coalesce(to_int(regexp_substr(@wvm_tong_counts, '\\|' || &quot;code&quot; || ':[^|]*l(\\d+)')), 0)" label="저위험" />
   <attribute color="#e4e4e4" colorOpacity="1" field="coalesce(to_int(regexp_substr(@wvm_tong_counts, '\\|' || &quot;code&quot; || ':[^|]*u(\\d+)')), 0)" label="미방문" />
   <axisSymbol>
    <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="" type="line">
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
     <layer class="SimpleLine" enabled="1" locked="0" pass="0">
      <Option type="Map">
       <Option name="align_dash_pattern" type="QString" value="0" />
       <Option name="capstyle" type="QString" value="square" />
       <Option name="customdash" type="QString" value="5;2" />
       <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="customdash_unit" type="QString" value="MM" />
       <Option name="dash_pattern_offset" type="QString" value="0" />
       <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
       <Option name="draw_inside_polygon" type="QString" value="0" />
       <Option name="joinstyle" type="QString" value="bevel" />
       <Option name="line_color" type="QString" value="35,35,35,255" />
       <Option name="line_style" type="QString" value="solid" />
       <Option name="line_width" type="QString" value="0.26" />
       <Option name="line_width_unit" type="QString" value="MM" />
       <Option name="offset" type="QString" value="0" />
       <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="offset_unit" type="QString" value="MM" />
       <Option name="ring_filter" type="QString" value="0" />
       <Option name="trim_distance_end" type="QString" value="0" />
       <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="trim_distance_end_unit" type="QString" value="MM" />
       <Option name="trim_distance_start" type="QString" value="0" />
       <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="trim_distance_start_unit" type="QString" value="MM" />
       <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
       <Option name="use_custom_dash" type="QString" value="0" />
       <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      </Option>
      <prop k="align_dash_pattern" v="0" />
      <prop k="capstyle" v="square" />
      <prop k="customdash" v="5;2" />
      <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <prop k="customdash_unit" v="MM" />
      <prop k="dash_pattern_offset" v="0" />
      <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <prop k="dash_pattern_offset_unit" v="MM" />
      <prop k="draw_inside_polygon" v="0" />
      <prop k="joinstyle" v="bevel" />
      <prop k="line_color" v="35,35,35,255" />
      <prop k="line_style" v="solid" />
      <prop k="line_width" v="0.26" />
      <prop k="line_width_unit" v="MM" />
      <prop k="offset" v="0" />
      <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <prop k="offset_unit" v="MM" />
      <prop k="ring_filter" v="0" />
      <prop k="trim_distance_end" v="0" />
      <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <prop k="trim_distance_end_unit" v="MM" />
      <prop k="trim_distance_start" v="0" />
      <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <prop k="trim_distance_start_unit" v="MM" />
      <prop k="tweak_dash_pattern_on_corners" v="0" />
      <prop k="use_custom_dash" v="0" />
      <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <data_defined_properties>
       <Option type="Map">
        <Option name="name" type="QString" value="" />
        <Option name="properties" />
        <Option name="type" type="QString" value="collection" />
       </Option>
      </data_defined_properties>
     </layer>
    </symbol>
   </axisSymbol>
  </DiagramCategory>
  <data-defined-size-legend title="가구 수" type="collapsed" valign="bottom">
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="source" type="marker">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="cap_style" type="QString" value="square" />
      <Option name="color" type="QString" value="255,255,255,0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="51,51,51,255" />
      <Option name="outline_style" type="QString" value="solid" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="2" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="51,51,51,255" />
     <prop k="outline_style" v="solid" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="2" />
     <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="size_unit" v="MM" />
     <prop k="vertical_anchor_point" v="1" />
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <lineSymbol>
    <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="lineSymbol" type="line">
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
     <layer class="SimpleLine" enabled="1" locked="0" pass="0">
      <Option type="Map">
       <Option name="align_dash_pattern" type="QString" value="0" />
       <Option name="capstyle" type="QString" value="square" />
       <Option name="customdash" type="QString" value="5;2" />
       <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="customdash_unit" type="QString" value="MM" />
       <Option name="dash_pattern_offset" type="QString" value="0" />
       <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
       <Option name="draw_inside_polygon" type="QString" value="0" />
       <Option name="joinstyle" type="QString" value="bevel" />
       <Option name="line_color" type="QString" value="0,0,0,255" />
       <Option name="line_style" type="QString" value="solid" />
       <Option name="line_width" type="QString" value="0.2" />
       <Option name="line_width_unit" type="QString" value="MM" />
       <Option name="offset" type="QString" value="0" />
       <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="offset_unit" type="QString" value="MM" />
       <Option name="ring_filter" type="QString" value="0" />
       <Option name="trim_distance_end" type="QString" value="0" />
       <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="trim_distance_end_unit" type="QString" value="MM" />
       <Option name="trim_distance_start" type="QString" value="0" />
       <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       <Option name="trim_distance_start_unit" type="QString" value="MM" />
       <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
       <Option name="use_custom_dash" type="QString" value="0" />
       <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      </Option>
      <prop k="align_dash_pattern" v="0" />
      <prop k="capstyle" v="square" />
      <prop k="customdash" v="5;2" />
      <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <prop k="customdash_unit" v="MM" />
      <prop k="dash_pattern_offset" v="0" />
      <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <prop k="dash_pattern_offset_unit" v="MM" />
      <prop k="draw_inside_polygon" v="0" />
      <prop k="joinstyle" v="bevel" />
      <prop k="line_color" v="0,0,0,255" />
      <prop k="line_style" v="solid" />
      <prop k="line_width" v="0.2" />
      <prop k="line_width_unit" v="MM" />
      <prop k="offset" v="0" />
      <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <prop k="offset_unit" v="MM" />
      <prop k="ring_filter" v="0" />
      <prop k="trim_distance_end" v="0" />
      <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <prop k="trim_distance_end_unit" v="MM" />
      <prop k="trim_distance_start" v="0" />
      <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <prop k="trim_distance_start_unit" v="MM" />
      <prop k="tweak_dash_pattern_on_corners" v="0" />
      <prop k="use_custom_dash" v="0" />
      <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
      <data_defined_properties>
       <Option type="Map">
        <Option name="name" type="QString" value="" />
        <Option name="properties" />
        <Option name="type" type="QString" value="collection" />
       </Option>
      </data_defined_properties>
     </layer>
    </symbol>
   </lineSymbol>
   <text-style align="1" color="0,0,0,255">
    <font family="NanumGothic" italic="0" size="8" weight="50" />
   </text-style>
   <classes>
    <class label="20" size="20" />
    <class label="60" size="60" />
   </classes>
  </data-defined-size-legend>
 </LinearlyInterpolatedDiagramRenderer>
 <DiagramLayerSettings dist="0" linePlacementFlags="1" obstacle="0" placement="1" priority="5" showAll="1" zIndex="-1">
  <properties>
   <Option type="Map">
    <Option name="name" type="QString" value="" />
    <Option name="properties" type="Map">
     <Option name="show" type="Map">
      <Option name="active" type="bool" value="true" />
      <Option name="expression" type="QString" value="&quot;level&quot; = 'tong'" />
      <Option name="type" type="int" value="3" />
     </Option>
    </Option>
    <Option name="type" type="QString" value="collection" />
   </Option>
  </properties>
 </DiagramLayerSettings>
 <fieldConfiguration>
  <field configurationFlags="None" name="fid">
   <editWidget type="Hidden">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="code">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="name">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="level">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="구" type="QString" value="gu" />
       </Option>
       <Option type="Map">
        <Option name="행정동" type="QString" value="dong" />
       </Option>
       <Option type="Map">
        <Option name="통" type="QString" value="tong" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="parent_code">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="population">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="households_registered">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="source">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="fid" index="0" name="" />
  <alias field="code" index="1" name="코드" />
  <alias field="name" index="2" name="이름" />
  <alias field="level" index="3" name="구분" />
  <alias field="parent_code" index="4" name="상위 코드" />
  <alias field="population" index="5" name="인구" />
  <alias field="households_registered" index="6" name="세대수" />
  <alias field="source" index="7" name="출처" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="fid" />
  <default applyOnUpdate="0" expression="" field="code" />
  <default applyOnUpdate="0" expression="" field="name" />
  <default applyOnUpdate="0" expression="" field="level" />
  <default applyOnUpdate="0" expression="" field="parent_code" />
  <default applyOnUpdate="0" expression="" field="population" />
  <default applyOnUpdate="0" expression="" field="households_registered" />
  <default applyOnUpdate="0" expression="" field="source" />
 </defaults>
 <constraints>
  <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
  <constraint constraints="3" exp_strength="0" field="code" notnull_strength="1" unique_strength="1" />
  <constraint constraints="1" exp_strength="0" field="name" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="level" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="parent_code" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="population" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="households_registered" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="source" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="fid" />
  <constraint desc="" exp="" field="code" />
  <constraint desc="" exp="" field="name" />
  <constraint desc="" exp="" field="level" />
  <constraint desc="" exp="" field="parent_code" />
  <constraint desc="" exp="" field="population" />
  <constraint desc="" exp="" field="households_registered" />
  <constraint desc="" exp="" field="source" />
 </constraintExpressions>
 <expressionfields />
 <editform tolerant="1" />
 <editforminit />
 <editforminitcodesource>0</editforminitcodesource>
 <editforminitfilepath />
 <editforminitcode />
 <featformsuppress>0</featformsuppress>
 <editorlayout>generatedlayout</editorlayout>
 <editable />
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <layerGeometryType>2</layerGeometryType>
</qgis>
