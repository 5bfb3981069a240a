<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|Forms" labelsEnabled="0">
  <renderer-v2 type="RuleRenderer" symbollevels="0" referencescale="-1" enableorderby="0" forceraster="0">
    <rules key="{e0bbd275-e6ef-49d5-83fd-885e57e5c3c3}">
      <rule filter="&quot;status&quot; = 'new'" symbol="0" key="{877954b9-cf1f-4a1b-95aa-cd3b9088ecb2}" label="New reports"/>
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
            <Option type="QString" value="255,255,51,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="triangle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="0,0,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.3" name="outline_width"/>
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
          <prop k="color" v="255,255,51,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="triangle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="0,0,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
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
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
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
    <field name="received_on" configurationFlags="None">
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
    <field name="channel" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="kakaotalk" name="KakaoTalk channel"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="call_centre" name="Call centre"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="partner" name="Partner worker"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="visitor" name="Visitor"/>
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
    <field name="reporter_role" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="official" name="Public official"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="welfare_block_leader" name="Welfare block leader"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="honorary_officer" name="Honorary welfare officer"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="council_member" name="Community-security council member"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="care_corps" name="Neighbourhood care corps"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="visiting_nurse" name="Visiting nurse"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="welfare_planner" name="Welfare planner"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="postal_carrier" name="Postal carrier"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="meter_reader" name="Meter reader"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="police" name="Police"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="utility" name="Gas/water/power company"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="yakult" name="Korea Yakult"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="rice_delivery" name="Rice delivery"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="other_partner" name="Other partner"/>
              </Option>
            </Option>
          </Option>
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
    <field name="description" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
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
                <Option type="QString" value="new" name="New"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="assigned" name="Assigned"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="visited" name="Visited"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="closed" name="Closed"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="household_id" configurationFlags="None">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="AllowMulti"/>
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="QString" value="id" name="Key"/>
            <Option type="QString" value="" name="Layer"/>
            <Option type="QString" value="households" name="LayerName"/>
            <Option type="QString" value="ogr" name="LayerProviderName"/>
            <Option type="int" value="1" name="NofColumns"/>
            <Option type="bool" value="true" name="OrderByValue"/>
            <Option type="bool" value="true" name="UseCompleter"/>
            <Option type="QString" value="id" name="Value"/>
          </Option>
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
  </fieldConfiguration>
  <aliases>
    <alias field="fid" name="" index="0"/>
    <alias field="id" name="ID" index="1"/>
    <alias field="received_on" name="Received on" index="2"/>
    <alias field="channel" name="Channel" index="3"/>
    <alias field="reporter_role" name="Reporter" index="4"/>
    <alias field="address" name="Address" index="5"/>
    <alias field="description" name="Description" index="6"/>
    <alias field="status" name="Status" index="7"/>
    <alias field="household_id" name="Household" index="8"/>
    <alias field="dong_code" name="Dong" index="9"/>
    <alias field="created_at" name="Created at" index="10"/>
    <alias field="created_by" name="Created by" index="11"/>
    <alias field="updated_at" name="Updated at" index="12"/>
    <alias field="updated_by" name="Updated by" index="13"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="id" expression="uuid('WithoutBraces')" applyOnUpdate="0"/>
    <default field="received_on" expression="" applyOnUpdate="0"/>
    <default field="channel" expression="" applyOnUpdate="0"/>
    <default field="reporter_role" expression="" applyOnUpdate="0"/>
    <default field="address" expression="" applyOnUpdate="0"/>
    <default field="description" expression="" applyOnUpdate="0"/>
    <default field="status" expression="" applyOnUpdate="0"/>
    <default field="household_id" expression="" applyOnUpdate="0"/>
    <default field="dong_code" expression="aggregate('districts', 'max', &quot;code&quot;, intersects(@geometry, geometry(@parent)) AND &quot;level&quot; = 'dong')" applyOnUpdate="1"/>
    <default field="created_at" expression="" applyOnUpdate="0"/>
    <default field="created_by" expression="@user_account_name" applyOnUpdate="0"/>
    <default field="updated_at" expression="now()" applyOnUpdate="1"/>
    <default field="updated_by" expression="@user_account_name" applyOnUpdate="1"/>
  </defaults>
  <constraints>
    <constraint field="fid" exp_strength="0" unique_strength="1" constraints="3" notnull_strength="1"/>
    <constraint field="id" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="received_on" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="channel" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="reporter_role" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="address" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="description" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="status" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="household_id" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="dong_code" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="created_at" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="created_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_at" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="updated_by" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="id" exp="" desc=""/>
    <constraint field="received_on" exp="" desc=""/>
    <constraint field="channel" exp="" desc=""/>
    <constraint field="reporter_role" exp="" desc=""/>
    <constraint field="address" exp="" desc=""/>
    <constraint field="description" exp="" desc=""/>
    <constraint field="status" exp="" desc=""/>
    <constraint field="household_id" exp="" desc=""/>
    <constraint field="dong_code" exp="" desc=""/>
    <constraint field="created_at" exp="" desc=""/>
    <constraint field="created_by" exp="" desc=""/>
    <constraint field="updated_at" exp="" desc=""/>
    <constraint field="updated_by" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field name="created_at" editable="0"/>
    <field name="created_by" editable="0"/>
    <field name="id" editable="0"/>
    <field name="updated_at" editable="0"/>
    <field name="updated_by" editable="0"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <layerGeometryType>0</layerGeometryType>
</qgis>
