<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|Forms" labelsEnabled="0">
  <renderer-v2 type="RuleRenderer" symbollevels="0" referencescale="-1" enableorderby="1" forceraster="0">
    <rules key="{9fba1fb3-0b15-4a0a-bc3c-aa58bf006427}">
      <rule filter="&quot;status&quot; = 'active'" key="{d7c0421b-17fe-42a3-8215-41956f349763}" label="Active households (risk)">
        <rule filter="&quot;risk_level&quot; = 'high'" symbol="0" key="{9690b28b-92f2-4c19-9b59-10045b36536e}" label="High"/>
        <rule filter="&quot;risk_level&quot; = 'medium'" symbol="1" key="{f6265eee-5f9d-475e-921d-dd5e09539af9}" label="Medium"/>
        <rule filter="&quot;risk_level&quot; = 'low'" symbol="2" key="{1c4776e4-618f-4bed-8d50-d8463c2ca347}" label="Low"/>
        <rule filter="&quot;risk_level&quot; IS NULL" symbol="3" key="{4b1fbfa4-9b3e-4de8-82ab-ee85845fef7e}" label="Not yet visited"/>
        <rule filter="&quot;next_visit_due&quot; &lt; to_date(now())" symbol="4" scalemaxdenom="20000" key="{ba8c7747-6cf8-43a6-84bc-35dcf65cb2a7}" label="Visit overdue"/>
      </rule>
    </rules>
    <symbols>
      <symbol type="marker" alpha="1" name="0" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleMarker" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="227,26,28,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="51,51,51,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="3.2" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="227,26,28,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="51,51,51,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="3.2"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="size">
                  <Option type="bool" value="true" name="active"/>
                  <Option type="QString" value="CASE WHEN @map_scale > 20000 THEN 1.76 ELSE 3.2 END" name="expression"/>
                  <Option type="int" value="3" name="type"/>
                </Option>
              </Option>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" alpha="1" name="1" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleMarker" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="255,127,0,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="51,51,51,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="2.8" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="255,127,0,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="51,51,51,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.8"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="size">
                  <Option type="bool" value="true" name="active"/>
                  <Option type="QString" value="CASE WHEN @map_scale > 20000 THEN 1.54 ELSE 2.8 END" name="expression"/>
                  <Option type="int" value="3" name="type"/>
                </Option>
              </Option>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" alpha="1" name="2" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleMarker" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="31,120,180,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="51,51,51,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="2.4" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="31,120,180,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="51,51,51,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="size">
                  <Option type="bool" value="true" name="active"/>
                  <Option type="QString" value="CASE WHEN @map_scale > 20000 THEN 1.32 ELSE 2.4 END" name="expression"/>
                  <Option type="int" value="3" name="type"/>
                </Option>
              </Option>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" alpha="1" name="3" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleMarker" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="255,255,255,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="51,51,51,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.35" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="2.4" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="255,255,255,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="51,51,51,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.35"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="size">
                  <Option type="bool" value="true" name="active"/>
                  <Option type="QString" value="CASE WHEN @map_scale > 20000 THEN 1.32 ELSE 2.4 END" name="expression"/>
                  <Option type="int" value="3" name="type"/>
                </Option>
              </Option>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" alpha="1" name="4" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleMarker" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="0,0,0,0" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="197,27,138,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.6" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="4.2" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="0,0,0,0"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="197,27,138,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.6"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="4.2"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <orderby>
      <orderByClause nullsFirst="0" asc="1">CASE "risk_level" WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END</orderByClause>
    </orderby>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="Hidden">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="case_no" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="head_name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="phone" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="address" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="address_detail" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="dong_code" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="tong" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ban" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="household_types" configurationFlags="None">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="&quot;list&quot; = 'household_type'" name="FilterExpression"/>
            <Option type="QString" value="code" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="categories" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="int" value="2" name="NofColumns"/>
            <Option type="bool" value="false" name="OrderByValue"/>
            <Option type="bool" value="false" name="UseCompleter"/>
            <Option type="QString" value="label_en" name="Value"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="benefit_status" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="basic_general" name="Basic livelihood (general)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="basic_conditional" name="Basic livelihood (conditional)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="basic_special" name="Basic livelihood (special)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="basic_facility" name="Basic livelihood (facility)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="near_poor" name="Near poor"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="emergency" name="Emergency welfare"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="single_parent_support" name="Single-parent support"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="none" name="None"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="discovery_source" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="screening_list" name="National screening list"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="kakaotalk" name="KakaoTalk channel"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="call_centre" name="Call centre"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="visitor" name="Found by a visitor"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="partner" name="Partner worker"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="walk_in" name="Walk-in"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="other" name="Other"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="risk_level" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="high" name="High"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="medium" name="Medium"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="low" name="Low"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="active" name="Active"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="moved" name="Moved away"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="deceased" name="Deceased"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="closed" name="Closed"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="last_visit_on" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="allow_null"/>
            <Option type="bool" value="true" name="calendar_popup"/>
            <Option type="QString" value="yyyy-MM-dd" name="display_format"/>
            <Option type="QString" value="yyyy-MM-dd" name="field_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="next_visit_due" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="allow_null"/>
            <Option type="bool" value="true" name="calendar_popup"/>
            <Option type="QString" value="yyyy-MM-dd" name="display_format"/>
            <Option type="QString" value="yyyy-MM-dd" name="field_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="assigned_visitor_id" configurationFlags="None">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="id" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="visitors" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="int" value="1" name="NofColumns"/>
            <Option type="bool" value="true" name="OrderByValue"/>
            <Option type="bool" value="true" name="UseCompleter"/>
            <Option type="QString" value="name" name="Value"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="share_consent" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option type="QString" value="1" name="CheckedState"/>
            <Option type="QString" value="0" name="UncheckedState"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="geocode_quality" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="source_coordinates" name="Coordinates from the source"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="address_point" name="Matched address point"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="estimated_legal_dong" name="Estimated within the legal dong"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="estimated_road_name" name="Estimated from the road name"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="estimated_district" name="Estimated within the district"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="manual" name="Placed by hand"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="synthetic" name="Synthetic (demo)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="unlocated" name="Not yet placed"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="notes" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="created_at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="created_by" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_by" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="version" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" name="" index="0"/>
    <alias field="id" name="ID" index="1"/>
    <alias field="case_no" name="Case no." index="2"/>
    <alias field="head_name" name="Head of household" index="3"/>
    <alias field="phone" name="Phone" index="4"/>
    <alias field="address" name="Address" index="5"/>
    <alias field="address_detail" name="Address detail" index="6"/>
    <alias field="dong_code" name="Dong" index="7"/>
    <alias field="tong" name="Tong" index="8"/>
    <alias field="ban" name="Ban" index="9"/>
    <alias field="household_types" name="Household types" index="10"/>
    <alias field="benefit_status" name="Benefit status" index="11"/>
    <alias field="discovery_source" name="Discovery source" index="12"/>
    <alias field="risk_level" name="Risk" index="13"/>
    <alias field="status" name="Status" index="14"/>
    <alias field="last_visit_on" name="Last visit" index="15"/>
    <alias field="next_visit_due" name="Next visit due" index="16"/>
    <alias field="assigned_visitor_id" name="Assigned visitor" index="17"/>
    <alias field="share_consent" name="Consent to share" index="18"/>
    <alias field="geocode_quality" name="Location quality" index="19"/>
    <alias field="notes" name="Notes" index="20"/>
    <alias field="created_at" name="Created at" index="21"/>
    <alias field="created_by" name="Created by" index="22"/>
    <alias field="updated_at" name="Updated at" index="23"/>
    <alias field="updated_by" name="Updated by" index="24"/>
    <alias field="version" name="Version" index="25"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="id" expression="uuid('WithoutBraces')" applyOnUpdate="0"/>
    <default field="case_no" expression="" applyOnUpdate="0"/>
    <default field="head_name" expression="" applyOnUpdate="0"/>
    <default field="phone" expression="" applyOnUpdate="0"/>
    <default field="address" expression="" applyOnUpdate="0"/>
    <default field="address_detail" expression="" applyOnUpdate="0"/>
    <default field="dong_code" expression="aggregate('districts', 'max', &quot;code&quot;, intersects(@geometry, geometry(@parent)) AND &quot;level&quot; = 'dong')" applyOnUpdate="1"/>
    <default field="tong" expression="to_int(regexp_substr(aggregate('districts', 'max', &quot;code&quot;, intersects(@geometry, geometry(@parent)) AND &quot;level&quot; = 'tong'), '-(\\d+)$'))" applyOnUpdate="1"/>
    <default field="ban" expression="" applyOnUpdate="0"/>
    <default field="household_types" expression="" applyOnUpdate="0"/>
    <default field="benefit_status" expression="" applyOnUpdate="0"/>
    <default field="discovery_source" expression="" applyOnUpdate="0"/>
    <default field="risk_level" expression="" applyOnUpdate="0"/>
    <default field="status" expression="" applyOnUpdate="0"/>
    <default field="last_visit_on" expression="" applyOnUpdate="0"/>
    <default field="next_visit_due" expression="" applyOnUpdate="0"/>
    <default field="assigned_visitor_id" expression="" applyOnUpdate="0"/>
    <default field="share_consent" expression="" applyOnUpdate="0"/>
    <default field="geocode_quality" expression="" applyOnUpdate="0"/>
    <default field="notes" expression="" applyOnUpdate="0"/>
    <default field="created_at" expression="" applyOnUpdate="0"/>
    <default field="created_by" expression="@user_account_name" applyOnUpdate="0"/>
    <default field="updated_at" expression="now()" applyOnUpdate="1"/>
    <default field="updated_by" expression="@user_account_name" applyOnUpdate="1"/>
    <default field="version" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="fid" exp_strength="0" unique_strength="1" constraints="3" notnull_strength="1"/>
    <constraint field="id" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="case_no" exp_strength="0" unique_strength="1" constraints="2" notnull_strength="0"/>
    <constraint field="head_name" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="phone" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="address" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="address_detail" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="dong_code" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="tong" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="ban" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="household_types" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="benefit_status" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="discovery_source" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="risk_level" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="status" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="last_visit_on" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="next_visit_due" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="assigned_visitor_id" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="share_consent" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="geocode_quality" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="notes" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="created_at" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="created_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_at" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="version" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="id" exp="" desc=""/>
    <constraint field="case_no" exp="" desc=""/>
    <constraint field="head_name" exp="" desc=""/>
    <constraint field="phone" exp="" desc=""/>
    <constraint field="address" exp="" desc=""/>
    <constraint field="address_detail" exp="" desc=""/>
    <constraint field="dong_code" exp="" desc=""/>
    <constraint field="tong" exp="" desc=""/>
    <constraint field="ban" exp="" desc=""/>
    <constraint field="household_types" exp="" desc=""/>
    <constraint field="benefit_status" exp="" desc=""/>
    <constraint field="discovery_source" exp="" desc=""/>
    <constraint field="risk_level" exp="" desc=""/>
    <constraint field="status" exp="" desc=""/>
    <constraint field="last_visit_on" exp="" desc=""/>
    <constraint field="next_visit_due" exp="" desc=""/>
    <constraint field="assigned_visitor_id" exp="" desc=""/>
    <constraint field="share_consent" exp="" desc=""/>
    <constraint field="geocode_quality" exp="" desc=""/>
    <constraint field="notes" exp="" desc=""/>
    <constraint field="created_at" exp="" desc=""/>
    <constraint field="created_by" exp="" desc=""/>
    <constraint field="updated_at" exp="" desc=""/>
    <constraint field="updated_by" exp="" desc=""/>
    <constraint field="version" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <attributeEditorContainer showLabel="1" name="Household" columnCount="1" groupBox="0" visibilityExpressionEnabled="0" visibilityExpression="">
      <attributeEditorField showLabel="1" name="case_no" index="2"/>
      <attributeEditorField showLabel="1" name="head_name" index="3"/>
      <attributeEditorField showLabel="1" name="phone" index="4"/>
      <attributeEditorField showLabel="1" name="address" index="5"/>
      <attributeEditorField showLabel="1" name="address_detail" index="6"/>
      <attributeEditorField showLabel="1" name="dong_code" index="7"/>
      <attributeEditorField showLabel="1" name="tong" index="8"/>
      <attributeEditorField showLabel="1" name="ban" index="9"/>
      <attributeEditorField showLabel="1" name="household_types" index="10"/>
      <attributeEditorField showLabel="1" name="benefit_status" index="11"/>
      <attributeEditorField showLabel="1" name="discovery_source" index="12"/>
      <attributeEditorField showLabel="1" name="status" index="14"/>
      <attributeEditorField showLabel="1" name="assigned_visitor_id" index="17"/>
      <attributeEditorField showLabel="1" name="share_consent" index="18"/>
      <attributeEditorField showLabel="1" name="notes" index="20"/>
    </attributeEditorContainer>
    <attributeEditorContainer showLabel="1" name="Risk and visits" columnCount="1" groupBox="0" visibilityExpressionEnabled="0" visibilityExpression="">
      <attributeEditorField showLabel="1" name="risk_level" index="13"/>
      <attributeEditorField showLabel="1" name="last_visit_on" index="15"/>
      <attributeEditorField showLabel="1" name="next_visit_due" index="16"/>
      <attributeEditorRelation showLabel="1" nmRelationId="" name="visits_household" label="Visits" relationWidgetTypeId="" forceSuppressFormPopup="0" relation="visits_household">
        <editor_configuration/>
      </attributeEditorRelation>
    </attributeEditorContainer>
    <attributeEditorContainer showLabel="1" name="Needs" columnCount="1" groupBox="0" visibilityExpressionEnabled="0" visibilityExpression="">
      <attributeEditorRelation showLabel="1" nmRelationId="" name="needs_household" label="Needs" relationWidgetTypeId="" forceSuppressFormPopup="0" relation="needs_household">
        <editor_configuration/>
      </attributeEditorRelation>
    </attributeEditorContainer>
    <attributeEditorContainer showLabel="1" name="Linkages" columnCount="1" groupBox="0" visibilityExpressionEnabled="0" visibilityExpression="">
      <attributeEditorRelation showLabel="1" nmRelationId="" name="linkages_household" label="Linkages" relationWidgetTypeId="" forceSuppressFormPopup="0" relation="linkages_household">
        <editor_configuration/>
      </attributeEditorRelation>
    </attributeEditorContainer>
    <attributeEditorContainer showLabel="1" name="Record" columnCount="1" groupBox="0" visibilityExpressionEnabled="0" visibilityExpression="">
      <attributeEditorField showLabel="1" name="id" index="1"/>
      <attributeEditorField showLabel="1" name="geocode_quality" index="19"/>
      <attributeEditorField showLabel="1" name="created_at" index="21"/>
      <attributeEditorField showLabel="1" name="created_by" index="22"/>
      <attributeEditorField showLabel="1" name="updated_at" index="23"/>
      <attributeEditorField showLabel="1" name="updated_by" index="24"/>
      <attributeEditorField showLabel="1" name="version" index="25"/>
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable>
    <field name="created_at" editable="0"/>
    <field name="created_by" editable="0"/>
    <field name="dong_code" editable="0"/>
    <field name="id" editable="0"/>
    <field name="last_visit_on" editable="0"/>
    <field name="next_visit_due" editable="0"/>
    <field name="risk_level" editable="0"/>
    <field name="tong" editable="0"/>
    <field name="updated_at" editable="0"/>
    <field name="updated_by" editable="0"/>
    <field name="version" editable="0"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <layerGeometryType>0</layerGeometryType>
</qgis>
