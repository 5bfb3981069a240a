<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" styleCategories="Symbology|Labeling|Fields|Forms|Diagrams" version="3.22.16-Białowieża">
 <renderer-v2 enableorderby="1" forceraster="0" referencescale="-1" symbollevels="0" type="RuleRenderer">
  <rules key="{2fcc3fdb-3a3f-48b8-b8b5-639aaf43cbed}">
   <rule filter="&quot;status&quot; = 'active'" key="{1482dde6-7100-4602-9e36-0291ab1b1e48}" label="Active households (risk)" scalemaxdenom="12000">
    <rule filter="&quot;risk_level&quot; = 'high'" key="{dbeeee43-94d6-4fbd-9b8c-7c4e6f9274e2}" label="High" symbol="0" />
    <rule filter="&quot;risk_level&quot; = 'medium'" key="{ed943259-21aa-4d0c-91b1-41cb926a5346}" label="Medium" symbol="1" />
    <rule filter="&quot;risk_level&quot; = 'low'" key="{460d7563-855b-4cc0-ad65-f6aeea04ce05}" label="Low" symbol="2" />
    <rule filter="&quot;risk_level&quot; IS NULL" key="{f8928974-70b1-442d-87e0-cfcb2e75d695}" label="Not yet visited" symbol="3" />
    <rule filter="&quot;next_visit_due&quot; &lt; to_date(now())" key="{edb24350-441e-4f4b-928d-393b9f139c7d}" label="Visit overdue" symbol="4" />
   </rule>
  </rules>
  <symbols>
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="marker">
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
      <Option name="color" type="QString" value="227,26,28,255" />
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
      <Option name="size" type="QString" value="3.2" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="227,26,28,255" />
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
     <prop k="size" v="3.2" />
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
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="1" type="marker">
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
      <Option name="color" type="QString" value="255,127,0,255" />
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
      <Option name="size" type="QString" value="2.8" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,127,0,255" />
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
     <prop k="size" v="2.8" />
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
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="2" type="marker">
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
      <Option name="color" type="QString" value="31,120,180,255" />
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
      <Option name="size" type="QString" value="2.4" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="31,120,180,255" />
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
     <prop k="size" v="2.4" />
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
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="3" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,255" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="51,51,51,255" />
      <Option name="outline_style" type="QString" value="solid" />
      <Option name="outline_width" type="QString" value="0.35" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="2.4" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,255" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="51,51,51,255" />
     <prop k="outline_style" v="solid" />
     <prop k="outline_width" v="0.35" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="2.4" />
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
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="4" type="marker">
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
      <Option name="color" type="QString" value="0,0,0,0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="197,27,138,255" />
      <Option name="outline_style" type="QString" value="solid" />
      <Option name="outline_width" type="QString" value="0.6" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="4.2" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="0,0,0,0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="197,27,138,255" />
     <prop k="outline_style" v="solid" />
     <prop k="outline_width" v="0.6" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="4.2" />
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
  </symbols>
  <orderby>
   <orderByClause asc="1" nullsFirst="0">CASE WHEN "risk_level" = 'high' THEN 3 WHEN "risk_level" = 'medium' THEN 2 WHEN "risk_level" = 'low' THEN 1 ELSE 0 END</orderByClause>
  </orderby>
 </renderer-v2>
 <blendMode>0</blendMode>
 <featureBlendMode>0</featureBlendMode>
 <fieldConfiguration>
  <field configurationFlags="None" name="fid">
   <editWidget type="Hidden">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="id">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="case_no">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="head_name">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="phone">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="address">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="address_detail">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="dong_code">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="&quot;level&quot; = 'dong'" />
      <Option name="Key" type="QString" value="code" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="Districts" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="1" />
      <Option name="OrderByValue" type="bool" value="true" />
      <Option name="UseCompleter" type="bool" value="true" />
      <Option name="Value" type="QString" value="name" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="tong">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="ban">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="household_types">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="true" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="&quot;list&quot; = 'household_type'" />
      <Option name="Key" type="QString" value="code" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="Category labels" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="2" />
      <Option name="OrderByValue" type="bool" value="false" />
      <Option name="UseCompleter" type="bool" value="false" />
      <Option name="Value" type="QString" value="label_en" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="benefit_status">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Basic livelihood (general)" type="QString" value="basic_general" />
       </Option>
       <Option type="Map">
        <Option name="Basic livelihood (conditional)" type="QString" value="basic_conditional" />
       </Option>
       <Option type="Map">
        <Option name="Basic livelihood (special)" type="QString" value="basic_special" />
       </Option>
       <Option type="Map">
        <Option name="Basic livelihood (facility)" type="QString" value="basic_facility" />
       </Option>
       <Option type="Map">
        <Option name="Near poor" type="QString" value="near_poor" />
       </Option>
       <Option type="Map">
        <Option name="Emergency welfare" type="QString" value="emergency" />
       </Option>
       <Option type="Map">
        <Option name="Single-parent support" type="QString" value="single_parent_support" />
       </Option>
       <Option type="Map">
        <Option name="None" type="QString" value="none" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="discovery_source">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="National screening list" type="QString" value="screening_list" />
       </Option>
       <Option type="Map">
        <Option name="KakaoTalk channel" type="QString" value="kakaotalk" />
       </Option>
       <Option type="Map">
        <Option name="Call centre" type="QString" value="call_centre" />
       </Option>
       <Option type="Map">
        <Option name="Found by a visitor" type="QString" value="visitor" />
       </Option>
       <Option type="Map">
        <Option name="Partner worker" type="QString" value="partner" />
       </Option>
       <Option type="Map">
        <Option name="Walk-in" type="QString" value="walk_in" />
       </Option>
       <Option type="Map">
        <Option name="Other" type="QString" value="other" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="risk_level">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="High" type="QString" value="high" />
       </Option>
       <Option type="Map">
        <Option name="Medium" type="QString" value="medium" />
       </Option>
       <Option type="Map">
        <Option name="Low" type="QString" value="low" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="status">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Active" type="QString" value="active" />
       </Option>
       <Option type="Map">
        <Option name="Moved away" type="QString" value="moved" />
       </Option>
       <Option type="Map">
        <Option name="Deceased" type="QString" value="deceased" />
       </Option>
       <Option type="Map">
        <Option name="Closed" type="QString" value="closed" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="last_visit_on">
   <editWidget type="DateTime">
    <config>
     <Option type="Map">
      <Option name="allow_null" type="bool" value="true" />
      <Option name="calendar_popup" type="bool" value="true" />
      <Option name="display_format" type="QString" value="yyyy-MM-dd" />
      <Option name="field_format" type="QString" value="yyyy-MM-dd" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="next_visit_due">
   <editWidget type="DateTime">
    <config>
     <Option type="Map">
      <Option name="allow_null" type="bool" value="true" />
      <Option name="calendar_popup" type="bool" value="true" />
      <Option name="display_format" type="QString" value="yyyy-MM-dd" />
      <Option name="field_format" type="QString" value="yyyy-MM-dd" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="assigned_visitor_id">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="" />
      <Option name="Key" type="QString" value="id" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="Visitors" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="1" />
      <Option name="OrderByValue" type="bool" value="true" />
      <Option name="UseCompleter" type="bool" value="true" />
      <Option name="Value" type="QString" value="name" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="share_consent">
   <editWidget type="CheckBox">
    <config>
     <Option type="Map">
      <Option name="CheckedState" type="QString" value="1" />
      <Option name="UncheckedState" type="QString" value="0" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="geocode_quality">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Coordinates from the source" type="QString" value="source_coordinates" />
       </Option>
       <Option type="Map">
        <Option name="Matched address point" type="QString" value="address_point" />
       </Option>
       <Option type="Map">
        <Option name="On its building (base map)" type="QString" value="building" />
       </Option>
       <Option type="Map">
        <Option name="Estimated within the legal dong" type="QString" value="estimated_legal_dong" />
       </Option>
       <Option type="Map">
        <Option name="Estimated from the road name" type="QString" value="estimated_road_name" />
       </Option>
       <Option type="Map">
        <Option name="Estimated within the district" type="QString" value="estimated_district" />
       </Option>
       <Option type="Map">
        <Option name="Placed by hand" type="QString" value="manual" />
       </Option>
       <Option type="Map">
        <Option name="Synthetic (demo)" type="QString" value="synthetic" />
       </Option>
       <Option type="Map">
        <Option name="Not yet placed" type="QString" value="unlocated" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="notes">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="true" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_by">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_by">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="version">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="read_version">
   <editWidget type="Hidden">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="found_on">
   <editWidget type="DateTime">
    <config>
     <Option type="Map">
      <Option name="allow_null" type="bool" value="true" />
      <Option name="calendar_popup" type="bool" value="true" />
      <Option name="display_format" type="QString" value="yyyy-MM-dd" />
      <Option name="field_format" type="QString" value="yyyy-MM-dd" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="members">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="crisis_indicators">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="true" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="&quot;list&quot; = 'crisis_indicator'" />
      <Option name="Key" type="QString" value="code" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="Category labels" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="2" />
      <Option name="OrderByValue" type="bool" value="false" />
      <Option name="UseCompleter" type="bool" value="false" />
      <Option name="Value" type="QString" value="label_en" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="source_labels">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="household_types_text">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="crisis_indicators_text">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="fid" index="0" name="" />
  <alias field="id" index="1" name="ID" />
  <alias field="case_no" index="2" name="Case no." />
  <alias field="head_name" index="3" name="Head of household" />
  <alias field="phone" index="4" name="Phone" />
  <alias field="address" index="5" name="Address" />
  <alias field="address_detail" index="6" name="Address detail" />
  <alias field="dong_code" index="7" name="Dong" />
  <alias field="tong" index="8" name="Tong" />
  <alias field="ban" index="9" name="Ban" />
  <alias field="household_types" index="10" name="Household types" />
  <alias field="benefit_status" index="11" name="Benefit status" />
  <alias field="discovery_source" index="12" name="Discovery source" />
  <alias field="risk_level" index="13" name="Risk" />
  <alias field="status" index="14" name="Status" />
  <alias field="last_visit_on" index="15" name="Last visit" />
  <alias field="next_visit_due" index="16" name="Next visit due" />
  <alias field="assigned_visitor_id" index="17" name="Assigned visitor" />
  <alias field="share_consent" index="18" name="Consent to share" />
  <alias field="geocode_quality" index="19" name="Location quality" />
  <alias field="notes" index="20" name="Notes" />
  <alias field="created_at" index="21" name="Created at" />
  <alias field="created_by" index="22" name="Created by" />
  <alias field="updated_at" index="23" name="Updated at" />
  <alias field="updated_by" index="24" name="Updated by" />
  <alias field="version" index="25" name="Version" />
  <alias field="read_version" index="26" name="" />
  <alias field="found_on" index="27" name="Found on" />
  <alias field="members" index="28" name="Household members" />
  <alias field="crisis_indicators" index="29" name="Crisis indicators" />
  <alias field="source_labels" index="30" name="Labels in the source list" />
  <alias field="household_types_text" index="31" name="Household types" />
  <alias field="crisis_indicators_text" index="32" name="Crisis indicators" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="fid" />
  <default applyOnUpdate="0" expression="uuid('WithoutBraces')" field="id" />
  <default applyOnUpdate="0" expression="" field="case_no" />
  <default applyOnUpdate="0" expression="" field="head_name" />
  <default applyOnUpdate="0" expression="" field="phone" />
  <default applyOnUpdate="0" expression="" field="address" />
  <default applyOnUpdate="0" expression="" field="address_detail" />
  <default applyOnUpdate="1" expression="aggregate('districts', 'max', &quot;code&quot;, intersects($geometry, geometry(@parent)) AND &quot;level&quot; = 'dong')" field="dong_code" />
  <default applyOnUpdate="1" expression="to_int(regexp_substr(aggregate('districts', 'max', &quot;code&quot;, intersects($geometry, geometry(@parent)) AND &quot;level&quot; = 'tong'), '-(\\d+)$'))" field="tong" />
  <default applyOnUpdate="0" expression="" field="ban" />
  <default applyOnUpdate="0" expression="" field="household_types" />
  <default applyOnUpdate="0" expression="" field="benefit_status" />
  <default applyOnUpdate="0" expression="" field="discovery_source" />
  <default applyOnUpdate="0" expression="" field="risk_level" />
  <default applyOnUpdate="0" expression="" field="status" />
  <default applyOnUpdate="0" expression="" field="last_visit_on" />
  <default applyOnUpdate="0" expression="" field="next_visit_due" />
  <default applyOnUpdate="0" expression="" field="assigned_visitor_id" />
  <default applyOnUpdate="0" expression="" field="share_consent" />
  <default applyOnUpdate="0" expression="" field="geocode_quality" />
  <default applyOnUpdate="0" expression="" field="notes" />
  <default applyOnUpdate="0" expression="" field="created_at" />
  <default applyOnUpdate="0" expression="@user_account_name" field="created_by" />
  <default applyOnUpdate="1" expression="now()" field="updated_at" />
  <default applyOnUpdate="1" expression="@user_account_name" field="updated_by" />
  <default applyOnUpdate="0" expression="" field="version" />
  <default applyOnUpdate="1" expression="&quot;version&quot;" field="read_version" />
  <default applyOnUpdate="0" expression="" field="found_on" />
  <default applyOnUpdate="0" expression="" field="members" />
  <default applyOnUpdate="0" expression="" field="crisis_indicators" />
  <default applyOnUpdate="0" expression="" field="source_labels" />
  <default applyOnUpdate="0" expression="" field="household_types_text" />
  <default applyOnUpdate="0" expression="" field="crisis_indicators_text" />
 </defaults>
 <constraints>
  <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
  <constraint constraints="1" exp_strength="0" field="id" notnull_strength="1" unique_strength="0" />
  <constraint constraints="2" exp_strength="0" field="case_no" notnull_strength="0" unique_strength="1" />
  <constraint constraints="0" exp_strength="0" field="head_name" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="phone" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="address" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="address_detail" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="dong_code" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="tong" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="ban" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="household_types" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="benefit_status" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="discovery_source" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="risk_level" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="status" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="last_visit_on" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="next_visit_due" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="assigned_visitor_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="share_consent" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="geocode_quality" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="notes" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="created_at" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="created_by" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="version" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="read_version" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="found_on" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="members" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="crisis_indicators" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="source_labels" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="household_types_text" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="crisis_indicators_text" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="fid" />
  <constraint desc="" exp="" field="id" />
  <constraint desc="" exp="" field="case_no" />
  <constraint desc="" exp="" field="head_name" />
  <constraint desc="" exp="" field="phone" />
  <constraint desc="" exp="" field="address" />
  <constraint desc="" exp="" field="address_detail" />
  <constraint desc="" exp="" field="dong_code" />
  <constraint desc="" exp="" field="tong" />
  <constraint desc="" exp="" field="ban" />
  <constraint desc="" exp="" field="household_types" />
  <constraint desc="" exp="" field="benefit_status" />
  <constraint desc="" exp="" field="discovery_source" />
  <constraint desc="" exp="" field="risk_level" />
  <constraint desc="" exp="" field="status" />
  <constraint desc="" exp="" field="last_visit_on" />
  <constraint desc="" exp="" field="next_visit_due" />
  <constraint desc="" exp="" field="assigned_visitor_id" />
  <constraint desc="" exp="" field="share_consent" />
  <constraint desc="" exp="" field="geocode_quality" />
  <constraint desc="" exp="" field="notes" />
  <constraint desc="" exp="" field="created_at" />
  <constraint desc="" exp="" field="created_by" />
  <constraint desc="" exp="" field="updated_at" />
  <constraint desc="" exp="" field="updated_by" />
  <constraint desc="" exp="" field="version" />
  <constraint desc="" exp="" field="read_version" />
  <constraint desc="" exp="" field="found_on" />
  <constraint desc="" exp="" field="members" />
  <constraint desc="" exp="" field="crisis_indicators" />
  <constraint desc="" exp="" field="source_labels" />
  <constraint desc="" exp="" field="household_types_text" />
  <constraint desc="" exp="" field="crisis_indicators_text" />
 </constraintExpressions>
 <expressionfields>
  <field comment="" expression="regexp_replace(represent_value(&quot;household_types&quot;), '^\\{|\\}$', '')" length="0" name="household_types_text" precision="0" subType="0" type="10" typeName="" />
  <field comment="" expression="regexp_replace(represent_value(&quot;crisis_indicators&quot;), '^\\{|\\}$', '')" length="0" name="crisis_indicators_text" precision="0" subType="0" type="10" typeName="" />
 </expressionfields>
 <editform tolerant="1" />
 <editforminit />
 <editforminitcodesource>0</editforminitcodesource>
 <editforminitfilepath />
 <editforminitcode />
 <featformsuppress>0</featformsuppress>
 <editorlayout>tablayout</editorlayout>
 <attributeEditorForm>
  <attributeEditorContainer columnCount="1" groupBox="0" name="Household" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
   <attributeEditorField index="2" name="case_no" showLabel="1" />
   <attributeEditorField index="3" name="head_name" showLabel="1" />
   <attributeEditorField index="4" name="phone" showLabel="1" />
   <attributeEditorField index="5" name="address" showLabel="1" />
   <attributeEditorField index="6" name="address_detail" showLabel="1" />
   <attributeEditorField index="7" name="dong_code" showLabel="1" />
   <attributeEditorField index="8" name="tong" showLabel="1" />
   <attributeEditorField index="9" name="ban" showLabel="1" />
   <attributeEditorField index="28" name="members" showLabel="1" />
   <attributeEditorField index="10" name="household_types" showLabel="1" />
   <attributeEditorField index="11" name="benefit_status" showLabel="1" />
   <attributeEditorField index="12" name="discovery_source" showLabel="1" />
   <attributeEditorField index="27" name="found_on" showLabel="1" />
   <attributeEditorField index="29" name="crisis_indicators" showLabel="1" />
   <attributeEditorField index="14" name="status" showLabel="1" />
   <attributeEditorField index="17" name="assigned_visitor_id" showLabel="1" />
   <attributeEditorField index="18" name="share_consent" showLabel="1" />
   <attributeEditorField index="20" name="notes" showLabel="1" />
   <attributeEditorField index="30" name="source_labels" showLabel="1" />
  </attributeEditorContainer>
  <attributeEditorContainer columnCount="1" groupBox="0" name="Risk and visits" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
   <attributeEditorField index="13" name="risk_level" showLabel="1" />
   <attributeEditorField index="15" name="last_visit_on" showLabel="1" />
   <attributeEditorField index="16" name="next_visit_due" showLabel="1" />
   <attributeEditorRelation forceSuppressFormPopup="0" label="Visits" name="visits_household" nmRelationId="" relation="visits_household" relationWidgetTypeId="relation_editor" showLabel="1">
    <editor_configuration />
   </attributeEditorRelation>
  </attributeEditorContainer>
  <attributeEditorContainer columnCount="1" groupBox="0" name="Needs" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
   <attributeEditorRelation forceSuppressFormPopup="0" label="Needs" name="needs_household" nmRelationId="" relation="needs_household" relationWidgetTypeId="relation_editor" showLabel="1">
    <editor_configuration />
   </attributeEditorRelation>
  </attributeEditorContainer>
  <attributeEditorContainer columnCount="1" groupBox="0" name="Linkages" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
   <attributeEditorRelation forceSuppressFormPopup="0" label="Linkages" name="linkages_household" nmRelationId="" relation="linkages_household" relationWidgetTypeId="relation_editor" showLabel="1">
    <editor_configuration />
   </attributeEditorRelation>
  </attributeEditorContainer>
  <attributeEditorContainer columnCount="1" groupBox="0" name="Record" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
   <attributeEditorField index="1" name="id" showLabel="1" />
   <attributeEditorField index="19" name="geocode_quality" showLabel="1" />
   <attributeEditorField index="21" name="created_at" showLabel="1" />
   <attributeEditorField index="22" name="created_by" showLabel="1" />
   <attributeEditorField index="23" name="updated_at" showLabel="1" />
   <attributeEditorField index="24" name="updated_by" showLabel="1" />
   <attributeEditorField index="25" name="version" showLabel="1" />
  </attributeEditorContainer>
 </attributeEditorForm>
 <editable>
  <field editable="0" name="created_at" />
  <field editable="0" name="created_by" />
  <field editable="0" name="dong_code" />
  <field editable="0" name="id" />
  <field editable="0" name="last_visit_on" />
  <field editable="0" name="next_visit_due" />
  <field editable="0" name="risk_level" />
  <field editable="0" name="tong" />
  <field editable="0" name="updated_at" />
  <field editable="0" name="updated_by" />
  <field editable="0" name="version" />
 </editable>
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <layerGeometryType>0</layerGeometryType>
</qgis>
